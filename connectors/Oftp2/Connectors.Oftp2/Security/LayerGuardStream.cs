namespace Connectors.Oftp2.Security;

/// <summary>The content of one CMS layer; any error while reading it becomes that layer's failure.</summary>
internal sealed class LayerGuardStream(Stream inner, FileSecurityFailure failure, string layer) : PassThroughStream(inner)
{
    public FileSecurityFailure Failure { get; } = failure;

    public string Layer { get; } = layer;

    public override bool CanWrite => false;

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Inner.Read(buffer);
        }
        catch (Exception e) when (FailureAttribution.IsAttributable(e))
        {
            throw FailureAttribution.Resolve(e, Failure, Layer);
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer) => throw new NotSupportedException();
}
