using Connectors.Sdk.Events;
using Connectors.Sdk.Hosting.Registration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Sdk.Hosting.Events;

public static class WebhookEventsExtensions
{
    /// <summary>
    /// Publishes events to the operations store's webhook profiles: registers the <c>webhook</c> profile
    /// type and <see cref="IEventPublisher"/>, which task connectors take in their constructor.
    /// </summary>
    public static ConnectorsBuilder UseWebhookEvents(this ConnectorsBuilder builder, WebhookDeliveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddProfileType<WebhookProfile>();
        builder.Services.TryAddSingleton(options ?? new WebhookDeliveryOptions());
        builder.Services.TryAddSingleton<WebhookEventPublisher>();
        builder.Services.TryAddSingleton<IEventPublisher>(services => services.GetRequiredService<WebhookEventPublisher>());
        return builder;
    }
}
