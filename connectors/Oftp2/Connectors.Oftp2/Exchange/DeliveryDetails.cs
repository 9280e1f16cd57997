using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// What a delivery record keeps of a file we sent so that its EERP or NERP, arriving in this or a later session,
/// can be checked: whether a signed receipt was asked for (SFIDSIGN), the suite, and the hash of the file as
/// transmitted, which the receipt's EERPHSH must repeat (RFC 5024 §5.3.13).
/// </summary>
internal static class DeliveryDetails
{
    public const string SignedReceipt = "oftp2.signedReceipt";
    public const string CipherSuite = "oftp2.cipherSuite";
    public const string TransmittedHash = "oftp2.transmittedHash";

    public static Dictionary<string, string> Of(bool signedReceiptRequested, CipherSuite suite, ReadOnlyMemory<byte> transmittedHash)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SignedReceipt] = signedReceiptRequested ? "Y" : "N",
            [CipherSuite] = ((int)suite).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (!transmittedHash.IsEmpty)
        {
            details[TransmittedHash] = Convert.ToHexStringLower(transmittedHash.Span);
        }

        return details;
    }

    public static bool SignedReceiptRequested(IReadOnlyDictionary<string, string> details) =>
        details.TryGetValue(SignedReceipt, out var value) && value == "Y";

    public static byte[] ExpectedHash(IReadOnlyDictionary<string, string> details) =>
        details.TryGetValue(TransmittedHash, out var hex) ? Convert.FromHexString(hex) : [];
}
