using System.Security.Cryptography;
using System.Text;

namespace Connectors.Ota.Protocol.Digest;

/// <summary>
/// The hash of an HTTP Digest exchange (RFC 7616 section 3.2): MD5 for the senders of the reference's
/// time, SHA-256 for everyone since; each also in its session variant, which folds the nonces into A1.
/// </summary>
public sealed class DigestAlgorithm
{
    public static readonly DigestAlgorithm Md5 = new("MD5", session: false, MD5.HashData);
    public static readonly DigestAlgorithm Md5Session = new("MD5-sess", session: true, MD5.HashData);
    public static readonly DigestAlgorithm Sha256 = new("SHA-256", session: false, SHA256.HashData);
    public static readonly DigestAlgorithm Sha256Session = new("SHA-256-sess", session: true, SHA256.HashData);

    private readonly Func<byte[], byte[]> _hash;

    private DigestAlgorithm(string name, bool session, Func<byte[], byte[]> hash)
    {
        Name = name;
        IsSession = session;
        _hash = hash;
    }

    /// <summary>The value of the <c>algorithm</c> parameter.</summary>
    public string Name { get; }

    /// <summary>True for the <c>-sess</c> variants.</summary>
    public bool IsSession { get; }

    /// <summary>Stronger first: the order a client prefers when a server offers several.</summary>
    public static IReadOnlyList<DigestAlgorithm> All { get; } = [Sha256, Sha256Session, Md5, Md5Session];

    /// <summary>
    /// The algorithm named by a challenge; an absent name means MD5, as RFC 2617 had it. Null for an
    /// algorithm this implementation does not compute (SHA-512-256, say).
    /// </summary>
    public static DigestAlgorithm? Find(string? name) =>
        string.IsNullOrEmpty(name) ? Md5 : All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The lower-case hex hash of <paramref name="text"/> in UTF-8 (RFC 7616 section 3.4.1).</summary>
    public string Hash(string text) => Convert.ToHexStringLower(_hash(Encoding.UTF8.GetBytes(text)));

    public override string ToString() => Name;
}
