using Connectors.Sdk.State;

namespace Connectors.Sdk.Testing.Tests.Fixtures;

/// <summary>An inbox in memory with the store's contract: one entry per channel, partner and duplicate key.</summary>
public sealed class InMemoryInbox : IInbox
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Channel, string Partner, string Key), InboxEntry> _entries = [];

    public IReadOnlyList<InboxEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Values];
            }
        }
    }

    public Task<(InboxEntry Entry, bool IsNew)> CommitAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (entry.Channel, entry.Partner, entry.DuplicateKey);
            if (_entries.TryGetValue(key, out var earlier))
            {
                return Task.FromResult((earlier, false));
            }

            _entries[key] = entry;
            return Task.FromResult((entry, true));
        }
    }

    public Task<InboxEntry?> FindAsync(string channel, string partner, string duplicateKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_entries.GetValueOrDefault((channel, partner, duplicateKey)));
        }
    }

    public Task MarkAcknowledgedAsync(string deliveryId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var (key, entry) in _entries.Where(e => e.Value.DeliveryId == deliveryId).ToList())
            {
                _entries[key] = entry with { Acknowledged = true };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InboxEntry>> ListUnacknowledgedAsync(string channel, string partner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<InboxEntry> open = _entries.Values.Where(e => e.Channel == channel && e.Partner == partner && !e.Acknowledged).ToList();
            return Task.FromResult(open);
        }
    }
}
