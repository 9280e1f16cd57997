namespace Connectors.Oftp2.Security;

/// <summary>Reads the caller's transmitted stream and marks its errors as the caller's (see <see cref="FailureAttribution"/>).</summary>
internal sealed class TransmittedSourceStream(Stream inner) : PassThroughStream(inner)
{
    public override bool CanWrite => false;

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Inner.Read(buffer);
        }
        catch (Exception e) when (FailureAttribution.IsAttributable(e))
        {
            throw new TransmittedStreamException("reading the transmitted file failed", e);
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer) => throw new NotSupportedException();
}
