using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Oftp2.Receiving;

/// <summary>Where an OFTP2 receiver listens, and with which certificate when it speaks TLS.</summary>
[ConnectorProperties("OFTP2 receiver", "Listens for OFTP2 partners, hands their files to the flow, answers EERP or NERP, and delivers files queued for them.")]
public sealed record Oftp2ReceiverProperties
{
    [Property("Listen address", "Local address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface.")]
    [Required]
    [DefaultValue("127.0.0.1")]
    public string ListenAddress { get; init; } = "127.0.0.1";

    [Property("Port", "TCP port to listen on: 3305 for plain TCP, 6619 for TLS by convention.")]
    [Range(1, 65535)]
    [DefaultValue(3305)]
    public int Port { get; init; } = 3305;

    [Property("TLS certificate", "PKCS#12 or PEM file of the server certificate; when set, the listener speaks TLS 1.2 or later only.")]
    public string? TlsCertificate { get; init; }

    [Property("TLS key file", "PEM private key of the server certificate, when it is not inside the certificate file.")]
    public string? TlsKeyFile { get; init; }

    [Property("TLS certificate password", "Password of the PKCS#12 file or key: a value, env:NAME or file:PATH.")]
    public SecretValue? TlsCertificatePassword { get; init; }

    [Property("Require client certificates", "Ask every partner for a TLS client certificate and refuse those without a valid one.")]
    [DefaultValue(false)]
    public bool RequireClientCertificate { get; init; }

    [Property("Partners", "Profile names of the partners this listener accepts; empty accepts every OFTP2 profile of the operations store.")]
    public IReadOnlyList<string> Partners { get; init; } = [];

    [Property("Maximum sessions", "Sessions served at the same time; further connections wait.")]
    [Range(1, 1000)]
    [DefaultValue(32)]
    public int MaxSessions { get; init; } = 32;
}
