using Connectors.Sdk.Messages;

namespace Connectors.Host.Serving;

/// <summary>Tells the operator what happened to each inbound message, without changing what the sink answers.</summary>
internal sealed class ReportingSink(IMessageSink inner, Action<MessageHeaders, SinkResult> report) : IMessageSink
{
    public async Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await inner.AcceptAsync(message, cancellationToken).ConfigureAwait(false);
        report(message.Headers, result);
        return result;
    }

    /// <summary>One line about one message, for the console or a log.</summary>
    public static string Describe(MessageHeaders headers, SinkResult result)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(result);
        var what = $"'{headers.FileName}' from {headers.Partner ?? "an unnamed partner"}";
        return result.Outcome switch
        {
            SinkOutcome.Committed => $"delivered {what} (delivery {result.DeliveryId})",
            SinkOutcome.Duplicate => $"acknowledged {what} again: delivered before (delivery {result.DeliveryId})",
            _ => $"refused {what}: {result.Reason}",
        };
    }
}
