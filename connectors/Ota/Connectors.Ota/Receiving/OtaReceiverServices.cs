using Connectors.Ota.Audit;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Ota.Receiving;

/// <summary>What the receiver takes from its host's services, each optional but the operations store.</summary>
internal static class OtaReceiverServices
{
    /// <summary>The audit log, or one that keeps nothing when the host registered none.</summary>
    public static IOtaAuditLog AuditLog(IServiceProvider services) => services.GetService<IOtaAuditLog>() ?? NullOtaAuditLog.Instance;

    /// <summary>Scratch space for bodies being read: beside the state store's spool when there is one.</summary>
    public static string SpoolRoot(IServiceProvider services)
    {
        var root = services.GetService<IStateStore>() is { } state
            ? Path.Combine(state.SpoolDirectory, "ota-receiver")
            : Path.Combine(Path.GetTempPath(), "connectors-ota-receiver");
        Directory.CreateDirectory(root);
        return root;
    }
}
