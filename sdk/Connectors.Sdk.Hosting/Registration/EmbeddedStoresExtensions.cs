using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Hosting.Registration;

public static class EmbeddedStoresExtensions
{
    /// <summary>Uses a folder of JSON profile files as the operations store, reloaded when files change.</summary>
    public static ConnectorsBuilder UseFileOperations(this ConnectorsBuilder builder, string profilesFolder, bool watch = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(sp => new FileOperationsStore(
            profilesFolder,
            sp.GetServices<ProfileTypeRegistration>(),
            sp.GetService<ILogger<FileOperationsStore>>(),
            watch));
        builder.Services.AddSingleton<IOperationsStore>(sp => sp.GetRequiredService<FileOperationsStore>());
        return builder;
    }
}
