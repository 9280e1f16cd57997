using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Whether an EERP or NERP for a file we sent with SFIDSIGN may be trusted. RFC 5024 §5.3.13 leaves both checks to
/// the application: the signature must verify against the partner's certificates over exactly the fields the
/// receipt carries, and EERPHSH must be the hash we kept of the file as transmitted. An unsigned receipt proves
/// nothing either: §4.3.6 makes accepting it "an implementation issue", and here it is not accepted.
/// </summary>
internal static class ReceiptCheck
{
    /// <summary>Null when the receipt may be trusted (or no signed receipt was asked for); else a code and the reason.</summary>
    public static ReceiptProblem? ProblemOf(OdetteCommand response, IReadOnlyDictionary<string, string> details, IReadOnlyList<X509Certificate2> partnerCertificates)
    {
        if (!DeliveryDetails.SignedReceiptRequested(details))
        {
            return null;
        }

        var (kind, signature, hash, signedContent) = response switch
        {
            EndToEndResponse eerp => (
                "EERP",
                eerp.Signature,
                eerp.Hash,
                new EndToEndResponseSignedContent(eerp.DatasetName, eerp.Timestamp, eerp.Destination, eerp.Originator, eerp.Hash).ToBytes()),
            NegativeEndResponse nerp => (
                "NERP",
                nerp.Signature,
                nerp.Hash,
                new NegativeEndResponseSignedContent(nerp.DatasetName, nerp.Timestamp, nerp.Destination, nerp.Originator, nerp.Creator, nerp.Hash).ToBytes()),
            _ => throw new ArgumentException($"{response.Code} is not an end-to-end response", nameof(response)),
        };

        if (signature.IsEmpty)
        {
            return new($"{kind}-UNSIGNED", $"the partner sent an unsigned {kind} although the file asked for a signed one (SFIDSIGN)");
        }

        var verification = ReceiptSignature.Verify(signature.Span, signedContent, partnerCertificates);
        if (!verification.IsValid)
        {
            return new($"{kind}-SIGNATURE", $"the {kind} signature does not verify ({verification.Outcome}): {verification.Message}");
        }

        // A NERP made where the file never arrived whole may carry no hash; an EERP always acknowledges octets.
        var expected = DeliveryDetails.ExpectedHash(details);
        if ((kind == "EERP" || !hash.IsEmpty) && !CryptographicOperations.FixedTimeEquals(hash.Span, expected))
        {
            return new($"{kind}-HASH", $"the {kind} acknowledges other octets than were sent: its hash differs from that of the file as transmitted");
        }

        return null;
    }
}

/// <summary>Why a receipt is not trusted: a code such as <c>EERP-SIGNATURE</c>, and the reason in words.</summary>
internal sealed record ReceiptProblem(string Code, string Reason);
