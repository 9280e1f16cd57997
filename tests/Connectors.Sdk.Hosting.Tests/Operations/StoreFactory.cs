using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Hosting.Tests.Fixtures;

namespace Connectors.Sdk.Hosting.Tests.Operations;

internal static class StoreFactory
{
    public static FileOperationsStore Open(ProfileFolder folder, bool watch = false) =>
        new(folder.Path, [ProfileTypeRegistration.For(typeof(SampleProfile))], watch: watch);
}
