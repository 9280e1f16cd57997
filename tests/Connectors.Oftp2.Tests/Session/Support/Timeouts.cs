using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>Timeouts that keep a failing test short.</summary>
internal static class Timeouts
{
    /// <summary>Longest a test waits for a session; a hang fails the test instead of stalling the suite.</summary>
    public static readonly TimeSpan TestLimit = TimeSpan.FromSeconds(15);

    public static readonly SessionTimeouts Session = new() { Response = TimeSpan.FromSeconds(10), Disconnect = TimeSpan.FromSeconds(2) };

    public static SessionTimeouts Short(TimeSpan response) => new() { Response = response, Disconnect = TimeSpan.FromSeconds(1) };
}
