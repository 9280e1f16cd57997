using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Sdk.State;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// EERPs and NERPs owed to one partner, kept in the outbound queue so that one owed before a crash is
/// still sent after it. A response is leased while a session sends it and marked sent on the partner's RTR.
/// </summary>
internal sealed class OwedResponses(IOutboundQueue queue, string partner)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly List<string> _leased = [];

    /// <summary>Records a response owed for <paramref name="file"/>; owing the same one twice keeps one.</summary>
    public Task OweAsync(VirtualFileKey file, OdetteCommand response, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(
            new OutboundItem
            {
                Id = $"{response.Code}:{partner}:{file.Digest()}",
                Channel = Oftp2Channels.Responses,
                Partner = partner,
                PayloadPath = string.Empty,
                Headers = ResponseFields.From(response),
            },
            cancellationToken);

    public async ValueTask<OutboundResponse?> NextAsync(CancellationToken cancellationToken)
    {
        var item = await queue.LeaseNextAsync(Oftp2Channels.Responses, partner, Lease, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        _leased.Add(item.Id);
        return new OutboundResponse(ResponseFields.ToCommand(item.Headers), item.Id);
    }

    public async ValueTask DeliveredAsync(OutboundResponse response, CancellationToken cancellationToken)
    {
        var id = (string)response.Token!;
        await queue.MarkSentAsync(id, cancellationToken).ConfigureAwait(false);
        _leased.Remove(id);
    }

    /// <summary>Returns responses the session took but could not deliver, so the next session sends them at once.</summary>
    public async Task ReleaseAsync(string why, CancellationToken cancellationToken)
    {
        foreach (var id in _leased)
        {
            await queue.MarkAttemptFailedAsync(id, why, DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
        }

        _leased.Clear();
    }
}
