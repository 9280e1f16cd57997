using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Sending;

/// <summary>What was done to a file before it is transmitted, for its SFID and for the delivery record that checks its receipt.</summary>
/// <param name="Services">Signed, compressed and encrypted (RFC 5024 §6), in that order; none for a file sent as it is.</param>
/// <param name="Suite">SFIDCIPH: the suite of the services and of the signed receipt; 00 when neither is used.</param>
/// <param name="SignedReceiptRequested">SFIDSIGN.</param>
/// <param name="TransmittedHash">The hash of the file as transmitted, which a signed EERP repeats in EERPHSH; empty without a suite.</param>
internal sealed record PayloadSecurity(FileServices Services, CipherSuite Suite, bool SignedReceiptRequested, ReadOnlyMemory<byte> TransmittedHash)
{
    public static PayloadSecurity None { get; } = new(FileServices.None, CipherSuite.None, false, ReadOnlyMemory<byte>.Empty);

    /// <summary>SFIDENV 1: a signed, compressed or encrypted file travels as CMS (RFC 5024 §6.1).</summary>
    public bool IsEnveloped => Services != FileServices.None;

    /// <summary>SFIDSEC (RFC 5024 §5.3.3): 01 encrypted, 02 signed, 03 both.</summary>
    public SecurityLevel Level => (Services.HasFlag(FileServices.Encrypted), Services.HasFlag(FileServices.Signed)) switch
    {
        (true, true) => SecurityLevel.EncryptedAndSigned,
        (true, false) => SecurityLevel.Encrypted,
        (false, true) => SecurityLevel.Signed,
        _ => SecurityLevel.None,
    };
}
