using Connectors.SamplePlugin;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Plugins;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Testing.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Sdk.Testing.Tests.Protocol;

public sealed class When_the_sample_plugin_is_loaded_from_a_folder
{
    [Fact]
    public async Task Its_module_registers_both_connectors_and_the_profile_type()
    {
        using var folder = new TemporaryFolder();
        var pluginFolder = Directory.CreateDirectory(Path.Combine(folder.Path, "Connectors.SamplePlugin")).FullName;
        File.Copy(typeof(SamplePluginModule).Assembly.Location, Path.Combine(pluginFolder, "Connectors.SamplePlugin.dll"));
        IReadOnlyList<string> modules = [];
        var services = new ServiceCollection();
        services.AddConnectors(connectors => modules = connectors.LoadFrom(folder.Path));
        services.AddSingleton<IOperationsStore>(new InMemoryOperationsStore());
        await using var provider = services.BuildServiceProvider();
        var catalog = provider.GetRequiredService<ConnectorCatalog>();

        Assert.True(modules.SequenceEqual([typeof(SamplePluginModule).FullName!]), $"the loader registered [{string.Join(", ", modules)}], not the sample module alone");
        var ids = catalog.Descriptors.Select(d => d.Id).ToList();
        Assert.True(ids.SequenceEqual(["sample-receiver", "sample-sender"]), $"the catalog lists [{string.Join(", ", ids)}], not the sample receiver and sender");
        Assert.True(catalog.ProfileTypes.ContainsKey(SampleProfile.TypeId), "the sample profile type was not registered, so its profiles cannot load");
    }
}
