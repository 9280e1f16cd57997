using System.Reflection;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Sdk.Hosting.Plugins;

/// <summary>
/// Loads connector plug-ins from a folder: each sub-folder (or each top-level assembly) is one plug-in
/// in its own load context, and every public <see cref="IConnectorModule"/> in it registers itself.
/// </summary>
public static class PluginLoader
{
    /// <summary>Loads every plug-in under <paramref name="folder"/>; returns the modules registered.</summary>
    public static IReadOnlyList<string> LoadFrom(this ConnectorsBuilder builder, string folder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!Directory.Exists(folder))
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"the plug-in folder '{folder}' does not exist");
        }

        var registered = new List<string>();
        foreach (var assemblyPath in PluginAssemblies(folder))
        {
            var context = new PluginLoadContext(assemblyPath);
            Assembly assembly;
            try
            {
                assembly = context.LoadFromAssemblyPath(assemblyPath);
            }
            catch (BadImageFormatException)
            {
                continue; // a native library or another non-.NET file beside the plug-in
            }

            foreach (var type in ModuleTypes(assembly, assemblyPath))
            {
                var module = (IConnectorModule)Activator.CreateInstance(type)!;
                module.Register(builder);
                registered.Add(type.FullName!);
            }
        }

        return registered;
    }

    // A plug-in in a sub-folder is the assembly named like the folder; a top-level assembly is a plug-in of its own.
    private static IEnumerable<string> PluginAssemblies(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            yield return Path.GetFullPath(path);
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var main = Path.Combine(sub, Path.GetFileName(sub) + ".dll");
            if (File.Exists(main))
            {
                yield return Path.GetFullPath(main);
            }
        }
    }

    private static IEnumerable<Type> ModuleTypes(Assembly assembly, string path)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"plug-in '{path}' cannot be loaded: {e.Message}", e);
        }

        return types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConnectorModule).IsAssignableFrom(t));
    }
}
