namespace Connectors.Oftp2.Security;

/// <summary>Keeps the caller's stream open when a CMS generator closes what it wrote to: the caller owns it.</summary>
internal sealed class NonClosingStream(Stream inner) : PassThroughStream(inner)
{
    protected override void Dispose(bool disposing)
    {
        // The inner stream is deliberately left open.
        base.Dispose(disposing);
    }
}
