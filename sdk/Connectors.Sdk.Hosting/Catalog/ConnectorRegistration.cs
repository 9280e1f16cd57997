using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.Hosting.Catalog;

/// <summary>
/// A registered connector: its implementation type and typed entry points closed over its properties
/// type, so a host can run it from JSON properties without knowing its types.
/// </summary>
public sealed class ConnectorRegistration
{
    internal ConnectorRegistration(Type implementationType, Type propertiesType, ConnectorKind kind)
    {
        ImplementationType = implementationType;
        PropertiesType = propertiesType;
        Kind = kind;
    }

    public Type ImplementationType { get; }

    public Type PropertiesType { get; }

    public ConnectorKind Kind { get; }

    internal Func<IServiceProvider, object, ConnectorMessage, CancellationToken, Task<SendReceipt>>? Send { get; init; }

    internal Func<IServiceProvider, object, IMessageSink, CancellationToken, Task>? Receive { get; init; }

    internal Func<IServiceProvider, object, TaskRunContext, CancellationToken, Task<TaskRunResult>>? RunTask { get; init; }
}
