using Connectors.Ota.Audit;
using Connectors.Ota.Profiles;
using Connectors.Ota.Receiving;
using Connectors.Ota.Sending;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.State.Sqlite;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Ota;

/// <summary>
/// Registers the OTA family: the <c>ota</c> profile type, <c>ota-sender</c>, <c>ota-receiver</c>, the audit
/// log (an SQLite file beside the state store, unless the host registered an <see cref="IOtaAuditLog"/>
/// first), and the recovery of the outbound queue in long-running hosts.
/// </summary>
public sealed class OtaModule : IConnectorModule
{
    public void Register(ConnectorsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .AddProfileType<OtaProfile>()
            .AddSender<OtaSender, OtaSenderProperties>()
            .AddReceiver<OtaReceiver, OtaReceiverProperties>();
        builder.Services.TryAddSingleton<IOtaAuditLog>(services => services.GetService<IStateStore>() is { } state
            ? SqliteOtaAuditLog.Open(Path.Combine(StateFolderOf(state), SqliteOtaAuditLog.FileName))
            : NullOtaAuditLog.Instance);
        builder.Services.AddHostedService<OtaOutboundRecoveryService>();
    }

    /// <summary>The folder of the state store's database, or of its spool folder for a store without a file.</summary>
    private static string StateFolderOf(IStateStore state) => state is SqliteStateStore sqlite
        ? Path.GetDirectoryName(sqlite.DatabasePath)!
        : Path.GetDirectoryName(Path.GetFullPath(state.SpoolDirectory).TrimEnd(Path.DirectorySeparatorChar))!;
}
