namespace Connectors.Ota.Protocol.Envelope;

/// <summary>The values of TRANSPORT_PROTOCOL and TRANSPORT_PROTOCOL_VERSION this implementation speaks.</summary>
public static class OtaTransport
{
    /// <summary>What an OTA server always sends as TRANSPORT_PROTOCOL.</summary>
    public const string Protocol = "OXTA";

    /// <summary>The protocol version written by the sender and the only one the receiver accepts.</summary>
    public const string Version = "1.0";
}
