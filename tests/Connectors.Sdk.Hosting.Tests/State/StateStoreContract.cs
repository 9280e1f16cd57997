using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>
/// Base of every behaviour of the state stores. A behaviour is written once, as an abstract class
/// deriving from this, and run against each backend by a thin subclass that hands in the backend.
/// </summary>
public abstract class StateStoreContract(IStateStoreBackend backend) : IAsyncLifetime
{
    private readonly List<IStateStore> _open = [];

    /// <summary>A whole millisecond, so times written and read back compare exactly.</summary>
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2030, 1, 15, 8, 30, 0, 250, TimeSpan.Zero));

    /// <summary>The store under test, as a host would have opened it.</summary>
    protected IStateStore Store { get; private set; } = null!;

    protected static CancellationToken None => CancellationToken.None;

    public virtual async Task InitializeAsync() => Store = await OpenAnotherAsync();

    /// <summary>A second host opening the same storage.</summary>
    protected async Task<IStateStore> OpenAnotherAsync()
    {
        var store = await backend.OpenAsync(Clock);
        lock (_open)
        {
            _open.Add(store);
        }

        return store;
    }

    /// <summary>Closes every store, restarts what outlives them, and opens <see cref="Store"/> again.</summary>
    protected async Task RestartAsync()
    {
        await CloseAllAsync();
        await backend.RestartAsync();
        Store = await OpenAnotherAsync();
    }

    public async Task DisposeAsync()
    {
        await CloseAllAsync();
        await backend.DisposeAsync();
    }

    private async Task CloseAllAsync()
    {
        IStateStore[] stores;
        lock (_open)
        {
            stores = [.. _open];
            _open.Clear();
        }

        foreach (var store in stores)
        {
            await backend.CloseAsync(store);
        }
    }
}
