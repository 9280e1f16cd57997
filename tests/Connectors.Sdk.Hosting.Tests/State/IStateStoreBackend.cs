using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>Durable storage of one test, which stores can be opened over (again and again, by several hosts).</summary>
public interface IStateStoreBackend : IAsyncDisposable
{
    /// <summary>Opens a store over this test's storage.</summary>
    Task<IStateStore> OpenAsync(TimeProvider clock);

    /// <summary>Closes a store opened by <see cref="OpenAsync"/>.</summary>
    ValueTask CloseAsync(IStateStore store);

    /// <summary>
    /// Takes down whatever outlives the stores (a database server), abruptly, and starts it again;
    /// called once every store is closed.
    /// </summary>
    Task RestartAsync();
}
