using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Whether the SFID of a partner's file meets the security agreement in its profile, answered before any data
/// flows with the SFNA codes of RFC 5024 §5.3.5: 15 for a suite we do not know or accept, 17 for an unencrypted
/// file when encryption is required, 20 for an unsigned one when signing is, 16 and 19 for an encrypted or signed
/// file we hold no certificate to open or verify. The RFC has no code for a file that does not ask for the signed
/// EERP the agreement requires, so that refusal is 99 with a text that says why. None asks for a retry: the same
/// file would be refused again.
/// </summary>
internal static class InboundFilePolicy
{
    public static InboundFileDecision.Refuse? Check(StartFile startFile, Oftp2SecuritySettings agreement, ProfileCertificates certificates)
    {
        var services = DeclaredFileServices.From(startFile.Security, startFile.Compression);
        var suite = startFile.CipherSuite;
        var needsSuite = services.HasFlag(FileServices.Signed) || services.HasFlag(FileServices.Encrypted);
        if (needsSuite && suite == CipherSuite.None)
        {
            return Refuse(StartFileNegativeReason.CipherSuiteNotSupported, "a signed or encrypted file needs a cipher suite (SFIDCIPH 00)");
        }

        if (suite != CipherSuite.None && !suite.IsKnown())
        {
            return Refuse(StartFileNegativeReason.CipherSuiteNotSupported, $"cipher suite {(int)suite:D2} is not one of 01-06");
        }

        if (suite != CipherSuite.None && agreement.AcceptedCipherSuites.Count > 0 && !agreement.AcceptedCipherSuites.Contains((Oftp2CipherSuite)(int)suite))
        {
            return Refuse(StartFileNegativeReason.CipherSuiteNotSupported, $"cipher suite {(int)suite:D2} is not accepted from this partner");
        }

        if (services != FileServices.None && startFile.Enveloping != FileEnveloping.Cms)
        {
            return Refuse(StartFileNegativeReason.Unspecified, "a signed, compressed or encrypted file must be enveloped as CMS (SFIDENV 1)");
        }

        if (agreement.RequireEncryption && !services.HasFlag(FileServices.Encrypted))
        {
            return Refuse(StartFileNegativeReason.UnencryptedFileNotAllowed, "files from this partner must be encrypted");
        }

        if (agreement.RequireSigning && !services.HasFlag(FileServices.Signed))
        {
            return Refuse(StartFileNegativeReason.UnsignedFileNotAllowed, "files from this partner must be signed");
        }

        if (services.HasFlag(FileServices.Encrypted) && certificates.Ours.Count == 0)
        {
            return Refuse(StartFileNegativeReason.EncryptedFileNotAllowed, "we hold no certificate to decrypt files from this partner with");
        }

        if (services.HasFlag(FileServices.Signed) && certificates.Partners.Count == 0)
        {
            return Refuse(StartFileNegativeReason.SignedFileNotAllowed, "we hold no certificate of this partner to verify its signature with");
        }

        if (agreement.RequireSignedReceiptRequest && !startFile.SignedResponseRequested)
        {
            return Refuse(StartFileNegativeReason.Unspecified, "files from this partner must ask for a signed EERP (SFIDSIGN Y)");
        }

        return null;
    }

    private static InboundFileDecision.Refuse Refuse(StartFileNegativeReason reason, string text) => new(reason, text);
}
