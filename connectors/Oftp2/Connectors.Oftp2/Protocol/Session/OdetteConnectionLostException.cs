namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The connection closed or broke without an ESID: a provider abort (RFC 5024 §3.4.3, §3.4.4 case 5). When it
/// happened inside a file, the listener kept what arrived; connect again and the next SFID/SFPA agree where the
/// file restarts (§1.5.4, §4.3.3).
/// </summary>
public sealed class OdetteConnectionLostException : IOException
{
    public OdetteConnectionLostException()
        : this("the OFTP connection was lost")
    {
    }

    public OdetteConnectionLostException(string message)
        : base(message)
    {
    }

    public OdetteConnectionLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether a file was being sent or received when the connection was lost: it can be restarted.</summary>
    public bool InsideFile { get; internal set; }

    /// <summary>The agreed session parameters, or null when the connection was lost during start-up.</summary>
    public NegotiatedSession? Negotiated { get; internal set; }
}
