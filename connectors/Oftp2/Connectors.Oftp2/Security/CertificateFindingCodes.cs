namespace Connectors.Oftp2.Security;

/// <summary>The codes of <see cref="CertificateFinding"/>.</summary>
public static class CertificateFindingCodes
{
    public const string Expired = "certificate-expired";
    public const string NotYetValid = "certificate-not-yet-valid";
    public const string ExpiringSoon = "certificate-expiring-soon";
    public const string NotRsa = "certificate-key-not-rsa";
    public const string WeakRsaKey = "certificate-rsa-key-too-short";
    public const string Sha1Signature = "certificate-sha1-signature";
}
