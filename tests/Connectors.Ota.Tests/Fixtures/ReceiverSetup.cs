using Connectors.Sdk.Messages;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>How a test's receiver is set up; the defaults are a plain HTTP receiver that takes XML.</summary>
public sealed record ReceiverSetup
{
    public bool Https { get; init; }

    public bool RequireDigest { get; init; }

    public long MaxContentBytes { get; init; } = 10 * 1024 * 1024;

    public IReadOnlyList<string> MessageTypes { get; init; } = ["XML"];

    /// <summary>A port chosen beforehand, for a receiver that starts late; a free one when null.</summary>
    public int? Port { get; init; }

    /// <summary>The user name of the account the receiver accepts.</summary>
    public string Username { get; init; } = TestAccounts.Username;

    /// <summary>The password of the account the receiver accepts.</summary>
    public string Password { get; init; } = TestAccounts.Password;

    /// <summary>A sink of the test's own instead of the folder sink over the inbox.</summary>
    public IMessageSink? Sink { get; init; }
}
