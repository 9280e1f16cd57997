using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Sdk.State;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Files we offer one partner when we speak: the file a flow is sending now, then the files queued
/// for a partner that only calls us. A queued file is leased while a session offers it, marked sent on
/// EFPA, and returned to the queue when the session ends before that.
/// </summary>
internal sealed class OutboundFiles(IStateStore state, string partner, ILogger logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);
    private readonly Queue<OutboundFile> _direct = new();
    private readonly List<string> _leased = [];

    /// <summary>Offers <paramref name="file"/> before anything queued.</summary>
    public void Send(OutboundFile file) => _direct.Enqueue(file);

    public async ValueTask<OutboundFile?> NextAsync(CancellationToken cancellationToken)
    {
        if (_direct.TryDequeue(out var direct))
        {
            return direct;
        }

        var item = await state.Outbound.LeaseNextAsync(Oftp2Channels.QueuedFiles, partner, Lease, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        _leased.Add(item.Id);
        var startFile = StartFileFields.ToStartFile(item.Headers);
        var token = new OutboundFileState(item.Headers["correlationId"], VirtualFileKey.Of(startFile), item.Id);
        var path = item.PayloadPath;
        return new OutboundFile(startFile, _ => ValueTask.FromResult<Stream>(OpenSpooled(path)), token);
    }

    public async ValueTask RefusedAsync(OutboundFile file, StartFileNegativeAnswer answer, CancellationToken cancellationToken)
    {
        var token = (OutboundFileState)file.Token!;
        token.Refusal = answer;
        logger.LogWarning("{Partner} refused file {File}: SFNA {Reason} {Text}", partner, token.Key, (int)answer.Reason, answer.ReasonText);
        if (answer.RetryLater)
        {
            await ReturnAsync(token, $"SFNA {(int)answer.Reason}, retry later", cancellationToken).ConfigureAwait(false);
            return;
        }

        await RejectAsync(token, $"SFNA{(int)answer.Reason:D2}", answer.ReasonText, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask EndedAsync(OutboundFile file, OdetteCommand answer, CancellationToken cancellationToken)
    {
        var token = (OutboundFileState)file.Token!;
        if (answer is EndFileNegativeAnswer efna)
        {
            token.Refusal = efna;
            logger.LogWarning("{Partner} refused file {File} at its end: EFNA {Reason} {Text}", partner, token.Key, (int)efna.Reason, efna.ReasonText);
            await RejectAsync(token, $"EFNA{(int)efna.Reason:D2}", efna.ReasonText, cancellationToken).ConfigureAwait(false);
            return;
        }

        token.Accepted = true;
        if (token.QueueItemId is { } id)
        {
            await state.Outbound.MarkSentAsync(id, cancellationToken).ConfigureAwait(false);
            _leased.Remove(id);
        }

        logger.LogInformation("{Partner} accepted file {File}; its EERP may follow in this or a later session", partner, token.Key);
    }

    /// <summary>Returns queued files the session took but did not finish, so the next session offers them again.</summary>
    public async Task ReleaseAsync(string why, CancellationToken cancellationToken)
    {
        foreach (var id in _leased)
        {
            await state.Outbound.MarkAttemptFailedAsync(id, why, DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
        }

        _leased.Clear();
    }

    private async Task RejectAsync(OutboundFileState token, string code, string text, CancellationToken cancellationToken)
    {
        await state.Deliveries.CompleteAsync(Oftp2Channels.Files, partner, token.Key.ToString(), DeliveryState.Rejected, code, text, cancellationToken).ConfigureAwait(false);
        if (token.QueueItemId is { } id)
        {
            await state.Outbound.MarkAttemptFailedAsync(id, $"{code} {text}", null, cancellationToken).ConfigureAwait(false);
            _leased.Remove(id);
        }
    }

    private async Task ReturnAsync(OutboundFileState token, string why, CancellationToken cancellationToken)
    {
        if (token.QueueItemId is { } id)
        {
            await state.Outbound.MarkAttemptFailedAsync(id, why, DateTimeOffset.UtcNow.AddMinutes(5), cancellationToken).ConfigureAwait(false);
            _leased.Remove(id);
        }
    }

    private static FileStream OpenSpooled(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
