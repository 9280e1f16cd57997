using Connectors.Sdk.Profiles;

namespace Connectors.Oftp2.Profiles;

/// <summary>
/// Checks that every security service a profile asks for has the certificates it needs (RFC 5024 §1.7: "both
/// parties are required to possess certificates" for secure authentication; signing and decryption need our key,
/// encryption and verification the partner's certificate), and that the protocol level can carry it.
/// </summary>
internal static class SecurityRequirementsCheck
{
    private const string Rule = "security-requirement";
    private const string Ours = "one of our certificates, valid now and with its private key, in /security/localCertificates";
    private const string Theirs = "a partner certificate valid now in /security/partnerCertificates";

    public static IEnumerable<Finding> Check(Oftp2Profile profile, string source, int ownValidNow, int partnerValidNow)
    {
        var security = profile.Security;
        var needs = new List<(bool Asked, string Pointer, bool Met, string What)>
        {
            (security.SignFiles, "/security/signFiles", ownValidNow > 0, $"Signing files needs {Ours}"),
            (security.EncryptFiles, "/security/encryptFiles", partnerValidNow > 0, $"Encrypting files needs {Theirs}"),
            (security.SecureAuthentication, "/security/secureAuthentication", ownValidNow > 0 && partnerValidNow > 0, $"Secure authentication needs {Ours} and {Theirs}"),
            (security.RequestSignedReceipts, "/security/requestSignedReceipts", partnerValidNow > 0, $"Verifying the partner's signed EERP needs {Theirs}"),
            (security.RequireSigning, "/security/requireSigning", partnerValidNow > 0, $"Verifying the partner's file signatures needs {Theirs}"),
            (security.RequireEncryption, "/security/requireEncryption", ownValidNow > 0, $"Decrypting the partner's files needs {Ours}"),
            (security.RequireSignedReceiptRequest, "/security/requireSignedReceiptRequest", ownValidNow > 0, $"Signing the EERPs the partner must ask for needs {Ours}"),
        };
        foreach (var (asked, pointer, met, what) in needs)
        {
            if (asked && !met)
            {
                yield return new Finding(source, pointer, Rule, what);
            }
        }

        var usesServices = security.SignFiles || security.CompressFiles || security.EncryptFiles || security.RequestSignedReceipts || security.SecureAuthentication;
        if (usesServices && profile.Session.ProtocolLevel == Oftp2ProtocolLevel.Oftp14)
        {
            yield return new Finding(source, "/session/protocolLevel", Rule, "File services, signed receipts and secure authentication need OFTP 2.0 (protocol level 5); OFTP 1.4 has none of them");
        }

        var signsOrEncrypts = security.SignFiles || security.EncryptFiles || security.RequestSignedReceipts || security.SecureAuthentication;
        if (signsOrEncrypts && security.CipherSuite is Oftp2CipherSuite.TripleDesSha1 or Oftp2CipherSuite.Aes256Sha1)
        {
            yield return new Finding(
                source,
                "/security/cipherSuite",
                "weak-cipher-suite",
                "Cipher suites 01 and 02 hash with SHA-1; choose 04 (AES-256, SHA-256) unless the partner cannot use it",
                FindingSeverity.Warning);
        }
    }
}
