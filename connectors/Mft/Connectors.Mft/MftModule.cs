using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.Ftp;
using Connectors.Mft.Endpoints.Http;
using Connectors.Mft.Endpoints.Local;
using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Endpoints.Sftp;
using Connectors.Mft.Profiles;
using Connectors.Mft.Tasks;
using Connectors.Sdk.Hosting.Registration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Mft;

/// <summary>
/// Registers managed file transfer: the <c>mft-task</c> connector, the endpoint profile types (local
/// folder, FTP and FTPS, SFTP, S3, HTTP) and <c>pgp-key</c>, the endpoint factory and an <see cref="IEndpointOpener"/> per
/// endpoint kind.
/// </summary>
public sealed class MftModule : IConnectorModule
{
    public void Register(ConnectorsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .AddProfileType<LocalEndpointProfile>()
            .AddProfileType<FtpEndpointProfile>()
            .AddProfileType<SftpEndpointProfile>()
            .AddProfileType<S3EndpointProfile>()
            .AddProfileType<HttpEndpointProfile>()
            .AddProfileType<PgpKeyProfile>()
            .AddTask<MftTask, MftTaskDefinition>();
        builder.Services.TryAddSingleton<IFileEndpointFactory, FileEndpointFactory>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEndpointOpener, LocalEndpointOpener>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEndpointOpener, FtpEndpointOpener>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEndpointOpener, SftpEndpointOpener>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEndpointOpener, S3EndpointOpener>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEndpointOpener, HttpEndpointOpener>());
    }
}
