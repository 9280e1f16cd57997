namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>
/// EFID, the end of a file's data (RFC 5024 §5.3.8): the total record count (F and V, zero for U and T) and
/// octet count of the whole file, also after a restart.
/// </summary>
public sealed record EndFile(long RecordCount, long UnitCount) : OdetteCommand
{
    public override CommandCode Code => CommandCode.EndFile;
}
