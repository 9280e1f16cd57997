namespace Connectors.Mft.Crypto;

/// <summary>What decrypting told: the file name inside, and whether a signature was there and held.</summary>
/// <param name="FileName">The literal data's file name, as the sender wrote it.</param>
/// <param name="Signed">Whether the message carried a signature.</param>
/// <param name="SignatureVerified">Whether it verified against a known key; false when unsigned or the signer is unknown.</param>
/// <param name="SignerKeyId">The signing key's id, when signed.</param>
public sealed record OpenPgpDecryption(string FileName, bool Signed, bool SignatureVerified, long? SignerKeyId);
