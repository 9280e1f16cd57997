using Connectors.Oftp2.Exchange;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Receiving;
using Connectors.Oftp2.Sending;
using Connectors.Sdk.Hosting.Registration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Oftp2;

/// <summary>Registers the OFTP2 sender, receiver and profile type.</summary>
public sealed class Oftp2Module : IConnectorModule
{
    public void Register(ConnectorsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<Oftp2InboundDelivery>();
        builder
            .AddProfileType<Oftp2Profile>()
            .AddSender<Oftp2Sender, Oftp2SenderProperties>()
            .AddReceiver<Oftp2Receiver, Oftp2ReceiverProperties>();
    }
}

public static class Oftp2ConnectorsBuilderExtensions
{
    /// <summary>Adds the OFTP2 sender (<c>oftp2-sender</c>), receiver (<c>oftp2-receiver</c>) and the <c>oftp2</c> profile type.</summary>
    public static ConnectorsBuilder AddOftp2(this ConnectorsBuilder builder) => builder.AddModule(new Oftp2Module());
}
