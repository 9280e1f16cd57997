namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>A file for a property test; shown by its length, since its octets would flood the report.</summary>
public sealed record FilePayload(byte[] Octets)
{
    public override string ToString() => $"{Octets.Length} octets";
}
