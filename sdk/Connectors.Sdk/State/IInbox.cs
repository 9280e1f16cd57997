namespace Connectors.Sdk.State;

/// <summary>
/// Inbound messages and their duplicate keys, committed in one transaction, so a message is either
/// stored with its key or not at all: a resend is recognised, never delivered twice.
/// </summary>
public interface IInbox
{
    /// <summary>
    /// Commits <paramref name="entry"/> unless its channel, partner and duplicate key were committed
    /// before; then returns the first entry and <c>IsNew = false</c>.
    /// </summary>
    Task<(InboxEntry Entry, bool IsNew)> CommitAsync(InboxEntry entry, CancellationToken cancellationToken);

    Task<InboxEntry?> FindAsync(string channel, string partner, string duplicateKey, CancellationToken cancellationToken);

    /// <summary>Records that the partner got its final acknowledgement.</summary>
    Task MarkAcknowledgedAsync(string deliveryId, CancellationToken cancellationToken);

    /// <summary>Committed entries whose acknowledgement is still owed to the partner.</summary>
    Task<IReadOnlyList<InboxEntry>> ListUnacknowledgedAsync(string channel, string partner, CancellationToken cancellationToken);
}
