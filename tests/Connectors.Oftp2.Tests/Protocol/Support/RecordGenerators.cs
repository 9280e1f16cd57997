using FsCheck;
using FsCheck.Fluent;

namespace Connectors.Oftp2.Tests.Protocol.Support;

/// <summary>Records of octets with long runs mixed in, so buffer compression has work to do.</summary>
public static class RecordGenerators
{
    /// <summary>Octets made of random stretches and runs of one octet.</summary>
    public static Gen<byte[]> Octets(int maximumPieces) =>
        from count in Gen.Choose(0, maximumPieces)
        from pieces in Gen.ArrayOf(Piece, count)
        select pieces.SelectMany(piece => piece).ToArray();

    public static Gen<byte[][]> Records(int maximumRecords, int maximumPieces) =>
        from count in Gen.Choose(0, maximumRecords)
        from records in Gen.ArrayOf(Octets(maximumPieces), count)
        select records;

    private static Gen<byte[]> Piece => Gen.OneOf(
        from length in Gen.Choose(0, 90)
        from octets in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
        select octets,
        from length in Gen.Choose(1, 200)
        from octet in Gen.Elements<byte>(0x00, 0x20, 0x41, 0xFF)
        select Enumerable.Repeat(octet, length).ToArray());
}
