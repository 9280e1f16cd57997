using Org.BouncyCastle.Bcpg.OpenPgp;

namespace Connectors.Mft.Crypto;

/// <summary>Our key, unlocked: the public half names us in the signature, the private half signs.</summary>
public sealed record OpenPgpSigningKey(PgpPublicKey PublicKey, PgpPrivateKey PrivateKey);
