using Connectors.Oftp2.Exchange;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.Hosting.State.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.Oftp2.Tests.Receiving;

/// <summary>
/// A partner whose session was cut reconnects at once, while the cut session on our side has not yet let go
/// of the partial file: the new offer must be refused with "retry later", not end the session and not start
/// a second copy of the file, and once the file is let go the partner restarts from what was kept.
/// </summary>
public sealed class When_a_file_is_offered_while_a_cut_session_still_holds_it : IAsyncLifetime
{
    private const string Partner = "partner-a";
    private const string LocalCode = "O0013000001OURS";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "oftp2-inbound-" + Guid.NewGuid().ToString("N")[..12]);
    private SqliteStateStore _state = null!;
    private FolderSink _sink = null!;

    private static StartFile Offer(long restartPosition = 0) => new()
    {
        DatasetName = "ORDERS",
        Timestamp = VirtualFileTimestamp.From(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc)),
        Destination = LocalCode,
        Originator = "O0013000002THEM",
        FileSize = 4,
        RestartPosition = restartPosition,
    };

    public async Task InitializeAsync()
    {
        _state = await SqliteStateStore.OpenAsync(new SqliteStateStoreOptions { DatabasePath = Path.Combine(_root, "state.db") });
        _sink = await FolderSink.OpenAsync(Path.Combine(_root, "inbox"), "oftp2-receiver", _state.Inbox, CancellationToken.None);
    }

    [Fact]
    public async Task The_offer_is_refused_to_be_retried_later_and_restarts_once_the_file_is_let_go()
    {
        var cutSession = Session();
        var held = Assert.IsType<InboundFileDecision.Accept>(await cutSession.OfferedAsync(Offer(), restartAgreed: true, CancellationToken.None));
        await held.Output.WriteAsync(new byte[2048]);
        await held.Output.FlushAsync();

        var whileHeld = await Session().OfferedAsync(Offer(restartPosition: 2), restartAgreed: true, CancellationToken.None);

        var refusal = Assert.IsType<InboundFileDecision.Refuse>(whileHeld);
        Assert.True(refusal.Reason == StartFileNegativeReason.AccessMethodFailure && refusal.RetryLater, $"an offer of a file another session still holds should be SFNA 12 with retry later, not {refusal.Reason} (retry later: {refusal.RetryLater})");

        await held.Output.DisposeAsync();
        var afterwards = Assert.IsType<InboundFileDecision.Accept>(await Session().OfferedAsync(Offer(restartPosition: 2), restartAgreed: true, CancellationToken.None));
        Assert.True(afterwards.RestartPosition == 2, $"once let go, the file should restart from the 2 blocks kept, not {afterwards.RestartPosition}");
        Assert.True(afterwards.Output.Position == 2048, $"the kept octets should stay and be written after, but the file is at {afterwards.Output.Position}");
        await afterwards.Output.DisposeAsync();
    }

    public async Task DisposeAsync()
    {
        await _state.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private InboundFiles Session()
    {
        var security = new Oftp2SecuritySettings();
        return new InboundFiles(_state, _sink, Partner, LocalCode, security, new ProfileCertificates(security, Partner, NullLogger.Instance), new OwedResponses(_state.Outbound, Partner), NullLogger.Instance);
    }
}
