namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// A run of octets of one record, and whether the record ends with it. <see cref="Data"/> stays valid only until
/// the encoder that produced it reads again.
/// </summary>
public readonly record struct RecordPiece(ReadOnlyMemory<byte> Data, bool EndOfRecord);
