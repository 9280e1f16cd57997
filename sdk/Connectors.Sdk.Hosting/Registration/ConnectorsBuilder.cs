using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Sdk.Hosting.Registration;

/// <summary>
/// What <c>services.AddConnectors(...)</c> hands out: each connector package adds itself with an
/// extension method on this builder (<c>.AddOftp2()</c>), built from the typed methods below.
/// </summary>
public sealed class ConnectorsBuilder
{
    internal ConnectorsBuilder(IServiceCollection services) => Services = services;

    public IServiceCollection Services { get; }

    /// <summary>Registers a sender and its properties type.</summary>
    public ConnectorsBuilder AddSender<TSender, TProperties>()
        where TSender : class, ISender<TProperties>
        where TProperties : class
    {
        Services.TryAddSingleton<TSender>();
        Services.AddSingleton(new ConnectorRegistration(typeof(TSender), typeof(TProperties), ConnectorKind.Sender)
        {
            Send = (sp, properties, message, ct) => sp.GetRequiredService<TSender>().SendAsync(message, (TProperties)properties, ct),
        });
        return this;
    }

    /// <summary>Registers a receiver and its properties type.</summary>
    public ConnectorsBuilder AddReceiver<TReceiver, TProperties>()
        where TReceiver : class, IReceiver<TProperties>
        where TProperties : class
    {
        Services.TryAddSingleton<TReceiver>();
        Services.AddSingleton(new ConnectorRegistration(typeof(TReceiver), typeof(TProperties), ConnectorKind.Receiver)
        {
            Receive = (sp, properties, sink, ct) => sp.GetRequiredService<TReceiver>().RunAsync((TProperties)properties, sink, ct),
        });
        return this;
    }

    /// <summary>Registers a task connector and its definition type.</summary>
    public ConnectorsBuilder AddTask<TTask, TDefinition>()
        where TTask : class, ITaskConnector<TDefinition>
        where TDefinition : class
    {
        Services.TryAddSingleton<TTask>();
        Services.AddSingleton(new ConnectorRegistration(typeof(TTask), typeof(TDefinition), ConnectorKind.Task)
        {
            RunTask = (sp, definition, run, ct) => sp.GetRequiredService<TTask>().RunAsync((TDefinition)definition, run, ct),
        });
        return this;
    }

    /// <summary>Lets the operations store load profiles of this type.</summary>
    public ConnectorsBuilder AddProfileType<TProfile>()
        where TProfile : ConnectionProfile
    {
        Services.AddSingleton(ProfileTypeRegistration.For(typeof(TProfile)));
        return this;
    }
}
