using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// What a connector's tests tell the conformance kit: how to register the connector, properties a
/// designer could save, profiles for the partners the kit sets up, and the secrets that must never
/// show. Subclass <see cref="SenderConformanceAdapter"/> for a sender; this class suffices for a receiver.
/// Resources the adapter starts are handed to <see cref="Own{T}"/> and stopped with it.
/// </summary>
public abstract class ConnectorConformanceAdapter : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly Lock _ownedGate = new();

    /// <summary>The connector under test, as its descriptor names it.</summary>
    public abstract string ConnectorId { get; }

    /// <summary>
    /// Every secret the adapter's profiles and properties carry, the wrong credentials included.
    /// Each must be at least 8 characters, so finding it in a text is never chance.
    /// </summary>
    public abstract IReadOnlyList<string> SecretValues { get; }

    /// <summary>Registers the connector the way a host does, e.g. <c>connectors.AddModule(new Oftp2Module())</c>.</summary>
    public abstract void Register(ConnectorsBuilder connectors);

    /// <summary>
    /// Adds services the connector needs beyond its registration (a state store, say). The kit's own
    /// operations store and log capture are added after this and win.
    /// </summary>
    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// Properties a flow designer could save for this connector, naming <paramref name="profileName"/>
    /// where they name a profile. A receiver's properties listen on a port that is free now.
    /// </summary>
    public abstract object ValidProperties(string profileName);

    /// <summary>The profile the kit stores under the name it passes to <see cref="ValidProperties"/>; null when the connector needs none.</summary>
    public abstract ConnectionProfile? CreateProfile(PartnerProfileRequest request);

    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Keeps <paramref name="resource"/> until the adapter is disposed, then disposes it (the last owned first).</summary>
    protected T Own<T>(T resource)
        where T : IAsyncDisposable
    {
        lock (_ownedGate)
        {
            _owned.Add(resource);
        }

        return resource;
    }

    protected virtual async ValueTask DisposeAsyncCore()
    {
        IAsyncDisposable[] owned;
        lock (_ownedGate)
        {
            owned = [.. _owned];
            _owned.Clear();
        }

        foreach (var resource in owned.Reverse())
        {
            await resource.DisposeAsync().ConfigureAwait(false);
        }
    }
}
