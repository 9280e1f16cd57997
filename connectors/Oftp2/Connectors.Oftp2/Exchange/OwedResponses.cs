using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Sdk.State;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// EERPs and NERPs owed to one partner, kept in the outbound queue so that one owed before a crash is
/// still sent after it, in the very next session. A response is marked sent only on the partner's RTR.
/// Responses are not leased: should two sessions with one partner overlap, a response may go out twice,
/// which a partner takes as the same answer again — better than one held back after a crash.
/// </summary>
internal sealed class OwedResponses(IOutboundQueue queue, string partner)
{
    private readonly HashSet<string> _offered = [];

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
        var owed = await queue.ListAsync(Oftp2Channels.Responses, OutboundState.Queued, cancellationToken).ConfigureAwait(false);
        var next = owed.FirstOrDefault(item => item.Partner == partner && !_offered.Contains(item.Id));
        if (next is null)
        {
            return null;
        }

        // Offered once per session: a response the partner does not confirm waits for the next session.
        _offered.Add(next.Id);
        return new OutboundResponse(ResponseFields.ToCommand(next.Headers), next.Id);
    }

    public async ValueTask DeliveredAsync(OutboundResponse response, CancellationToken cancellationToken) =>
        await queue.MarkSentAsync((string)response.Token!, cancellationToken).ConfigureAwait(false);
}
