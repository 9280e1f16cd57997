namespace Connectors.Oftp2.Security;

/// <summary>Marks an error of the caller's transmitted stream, so it is not taken for a damaged file.</summary>
internal sealed class TransmittedStreamException : IOException
{
    public TransmittedStreamException()
    {
    }

    public TransmittedStreamException(string message)
        : base(message)
    {
    }

    public TransmittedStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
