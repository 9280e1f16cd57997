namespace Connectors.Ota.Protocol.Envelope;

/// <summary>Values of REQUEST_TYPE named by Oracle's table.</summary>
public static class OtaRequestTypes
{
    /// <summary>Deliver the payload; the default when REQUEST_TYPE is absent.</summary>
    public const string Send = "SEND";

    /// <summary>Check the credentials without delivering anything.</summary>
    public const string Auth2 = "AUTH2";

    /// <summary>Forward the payload by e-mail; not served by this implementation.</summary>
    public const string Email = "EME";
}
