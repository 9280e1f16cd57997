namespace Connectors.Oftp2.Security;

/// <summary>What <see cref="FileEnvelope.WrapAsync"/> produced.</summary>
/// <param name="OriginalLength">Octets of the plain file: SFIDOSIZ (RFC 5024 §5.3.3) before rounding to 1K blocks.</param>
/// <param name="TransmittedLength">Octets of the CMS file: SFIDFSIZ before rounding, and EFIDUCNT (§5.3.8).</param>
/// <param name="TransmittedHash">
/// The hash of the CMS file with the suite's digest, to compare with the EERPHSH of the partner's receipt
/// (§5.3.13); empty when the suite is 00.
/// </param>
public sealed record EnvelopeResult(long OriginalLength, long TransmittedLength, ReadOnlyMemory<byte> TransmittedHash);
