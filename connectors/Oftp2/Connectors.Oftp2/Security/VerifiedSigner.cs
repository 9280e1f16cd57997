using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Connectors.Oftp2.Security;

/// <summary>A signature that matched one of the partner's trusted certificates.</summary>
/// <param name="Certificate">The trusted certificate, as the caller gave it.</param>
/// <param name="Digest">The digest the signer used.</param>
/// <param name="SigningTime">The signed signingTime attribute, when the signer included one.</param>
public sealed record VerifiedSigner(X509Certificate2 Certificate, HashAlgorithmName Digest, DateTimeOffset? SigningTime);
