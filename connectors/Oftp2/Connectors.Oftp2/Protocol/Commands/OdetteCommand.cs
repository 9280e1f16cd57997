namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>One command exchange buffer of RFC 5024 §5.3, decoded. Encode and decode with <see cref="CommandEncoder"/> and <see cref="CommandDecoder"/>.</summary>
public abstract record OdetteCommand
{
    private protected OdetteCommand()
    {
    }

    /// <summary>The command identifier.</summary>
    public abstract CommandCode Code { get; }
}
