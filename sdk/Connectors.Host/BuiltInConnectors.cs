using Connectors.Mft;
using Connectors.Oftp2;
using Connectors.Ota;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host;

/// <summary>
/// The connectors the <c>connectors</c> command carries without plug-ins. A connector package joins
/// here with its builder extension (<c>builder.AddOftp2()</c>); the committed <c>schemas/</c> folder
/// describes exactly this set.
/// </summary>
internal static class BuiltInConnectors
{
    public static ConnectorsBuilder Add(ConnectorsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddOftp2().AddOta().AddMft();
    }
}
