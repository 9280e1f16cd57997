using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Cms;

namespace Connectors.Oftp2.Security;

/// <summary>Finds which of our certificates an EnvelopedData was encrypted for, and opens it with that key.</summary>
internal static class RecipientSelection
{
    /// <summary>
    /// The decrypting content stream and the certificate it was opened with, or null when the envelope names none of
    /// ours. Several of our own certificates may be current while we roll ours over.
    /// </summary>
    public static (CmsTypedStream Content, X509Certificate2 Certificate)? Open(
        RecipientInformationStore recipients, IEnumerable<X509Certificate2> ourCertificates)
    {
        var candidates = recipients.GetRecipients().Cast<RecipientInformation>().ToList();
        foreach (var ours in ourCertificates)
        {
            var converted = BouncyCastleKeys.Certificate(ours);
            var recipient = candidates.FirstOrDefault(r => r.RecipientID.Match(converted));
            if (recipient is not null)
            {
                return (recipient.GetContentStream(BouncyCastleKeys.PrivateKey(ours)), ours);
            }
        }

        return null;
    }

    /// <summary>Names the recipients of an envelope, for a message that says whom it was meant for.</summary>
    public static string Describe(RecipientInformationStore recipients) =>
        string.Join("; ", recipients.GetRecipients().Cast<RecipientInformation>()
            .Select(r => r.RecipientID.Issuer is { } issuer ? $"'{issuer}' serial {r.RecipientID.SerialNumber?.ToString(16)}" : "a key identifier"));
}
