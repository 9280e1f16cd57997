using System.Reflection;
using System.Runtime.Loader;

namespace Connectors.Sdk.Hosting.Plugins;

/// <summary>
/// Load context of one plug-in: its own dependencies come from its folder, so two plug-ins may carry
/// different versions of a library; the contracts it shares with the host (the SDK, DI, logging, JSON)
/// come from the host, so their types are the same on both sides.
/// </summary>
internal sealed class PluginLoadContext(string mainAssemblyPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsSharedWithHost(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    // An assembly the host has already loaded is shared: the plug-in must see the host's types.
    private static bool IsSharedWithHost(AssemblyName name) =>
        Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name))
        || name.Name is { } simple && (simple.StartsWith("Connectors.Sdk", StringComparison.Ordinal)
            || simple.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            || simple is "Newtonsoft.Json" or "NJsonSchema");
}
