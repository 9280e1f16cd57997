using Connectors.Mft;
using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.Ftp;
using Connectors.Mft.Endpoints.Sftp;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Benchmarks.Mft;

/// <summary>
/// The MFT side of the benchmark as a platform hosts it: an operations folder (<c>profiles/</c>,
/// <c>tasks/</c>), SQLite state, the MFT module, and the FTP and SFTP endpoint openers.
/// </summary>
internal sealed class MftSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public MftSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(Profiles);
        Directory.CreateDirectory(Tasks);
        var services = new ServiceCollection();
        services.AddConnectors(c =>
        {
            c.UseFileOperations(Profiles, watch: false).UseSqliteState(Path.Combine(root, "state")).AddMft();
            AddProfileTypeOnce<FtpEndpointProfile>(c);
            AddProfileTypeOnce<SftpEndpointProfile>(c);
            c.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEndpointOpener, FtpEndpointOpener>());
            c.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEndpointOpener, SftpEndpointOpener>());
        });
        _services = services.BuildServiceProvider();
    }

    public string Root { get; }

    public string Profiles => Path.Combine(Root, "profiles");

    public string Tasks => Path.Combine(Root, "tasks");

    public ConnectorRunner Runner => _services.GetRequiredService<ConnectorRunner>();

    public IStateStore State => _services.GetRequiredService<IStateStore>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    // The MFT module may register these types itself; a second registration of a type would be a duplicate.
    private static void AddProfileTypeOnce<TProfile>(ConnectorsBuilder builder)
        where TProfile : EndpointProfile
    {
        var registration = ProfileTypeRegistration.For(typeof(TProfile));
        if (!builder.Services.Any(d => registration.Equals(d.ImplementationInstance)))
        {
            builder.AddProfileType<TProfile>();
        }
    }
}
