using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// The <c>security</c> sections of the two interop partners' profiles: the client sends with its PEM key and
/// knows the server's certificate, the server receives with its PKCS#12 and knows the client's certificate.
/// </summary>
internal static class SecurityAgreements
{
    /// <summary>The client's profile of the server, with <paramref name="settings"/> (signFiles, cipherSuite ...) added.</summary>
    public static JObject ClientSide(JObject? settings = null, string? serverCertificate = null) =>
        Section(
            settings,
            Certificates(Reference(InteropCertificates.ClientCertificate, keyFile: InteropCertificates.ClientKey)),
            Certificates(Reference(serverCertificate ?? InteropCertificates.ServerCertificate)));

    /// <summary>The server's profile of the client, with <paramref name="settings"/> (requireSigning ...) added.</summary>
    public static JObject ServerSide(JObject? settings = null, string? clientCertificate = null) =>
        Section(
            settings,
            Certificates(Reference(InteropCertificates.ServerPkcs12, password: InteropCertificates.Pkcs12Password)),
            Certificates(Reference(clientCertificate ?? InteropCertificates.ClientCertificate)));

    public static JObject Reference(string file, string? keyFile = null, string? password = null)
    {
        var reference = new JObject { ["file"] = file };
        if (keyFile is not null)
        {
            reference["keyFile"] = keyFile;
        }

        if (password is not null)
        {
            reference["password"] = password;
        }

        return reference;
    }

    public static JArray Certificates(params JObject[] references) => new(references.Cast<object>().ToArray());

    public static JObject Section(JObject? settings, JArray local, JArray partner)
    {
        var security = settings is null ? new JObject() : (JObject)settings.DeepClone();
        security["localCertificates"] = local;
        security["partnerCertificates"] = partner;
        return new JObject { ["security"] = security };
    }
}
