using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>The two parties of the interop vectors, as this engine's applications, with default offers.</summary>
internal static class Parties
{
    public const string ClientCode = "O0013000000CLIENT";
    public const string ClientPassword = "CLIPASS";
    public const string ServerCode = "O0013000000SERVER";
    public const string ServerPassword = "SRVPASS";

    public static SessionOffer ClientOffer => new() { IdentificationCode = ClientCode, Password = ClientPassword, BufferSize = 4096, Credit = 64 };

    public static SessionOffer ServerOffer => new() { IdentificationCode = ServerCode, Password = ServerPassword, BufferSize = 4096, Credit = 64 };

    public static MemoryPartner Client() => new(ClientCode, ClientPassword) { ExpectedResponderPassword = ServerPassword };

    public static MemoryPartner Server() => new(ServerCode, ServerPassword);

    /// <summary>A directory on the server side that knows the client.</summary>
    public static MemoryCallerDirectory Directory(MemoryPartner server, SessionOffer? serverOffer = null) =>
        new MemoryCallerDirectory().Add(ClientCode, ClientPassword, serverOffer ?? ServerOffer, server);
}
