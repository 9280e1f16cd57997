using System.Security.Cryptography;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// The hash of a file as transmitted (EERPHSH) is taken as the octets go by, reading or writing, with no second pass.
/// </summary>
public sealed class When_hashing_a_stream_in_passing
{
    private static readonly byte[] Octets = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31)).ToArray();

    [Theory]
    [InlineData("SHA1")]
    [InlineData("SHA256")]
    [InlineData("SHA512")]
    public async Task Reading_through_gives_the_hash_of_what_was_read(string algorithm)
    {
        var name = new HashAlgorithmName(algorithm);
        using var hashing = new HashingStream(new MemoryStream(Octets), name);

        await hashing.CopyToAsync(Stream.Null);

        Assert.True(hashing.BytesHashed == Octets.Length, $"{algorithm}: all {Octets.Length} octets should be counted, were {hashing.BytesHashed}");
        Assert.True(hashing.GetHash().AsSpan().SequenceEqual(Expected(name)), $"{algorithm}: the hash of the octets read should equal a one-shot hash");
    }

    [Fact]
    public async Task Writing_through_gives_the_hash_of_what_was_written()
    {
        using var target = new MemoryStream();
        using var hashing = new HashingStream(target, HashAlgorithmName.SHA256);

        await hashing.WriteAsync(Octets.AsMemory(0, 1234));
        hashing.Write(Octets, 1234, Octets.Length - 1234);

        Assert.True(target.ToArray().AsSpan().SequenceEqual(Octets), "the octets should pass through unchanged");
        Assert.True(hashing.GetHash().AsSpan().SequenceEqual(SHA256.HashData(Octets)), "the hash of the octets written should equal a one-shot hash");
    }

    [Fact]
    public void No_octet_passes_once_the_hash_is_taken()
    {
        using var hashing = new HashingStream(new MemoryStream(), HashAlgorithmName.SHA256);
        hashing.GetHash();

        Expect.Failure<InvalidOperationException>(() => hashing.Write(Octets, 0, 1), "writing after the hash was taken should fail, or the hash would not cover it");
    }

    private static byte[] Expected(HashAlgorithmName name)
    {
        using var hash = IncrementalHash.CreateHash(name);
        hash.AppendData(Octets);
        return hash.GetHashAndReset();
    }
}
