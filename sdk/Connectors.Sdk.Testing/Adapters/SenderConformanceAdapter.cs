using System.Net;
using System.Text;
using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// The adapter of a sender: besides the common members, a real partner to send to. The partners that
/// misbehave (refuse, never accept, never answer) come from the kit and fit any TCP protocol; override
/// them when the connector reaches its partner some other way.
/// </summary>
public abstract class SenderConformanceAdapter : ConnectorConformanceAdapter
{
    /// <summary>
    /// Starts a real partner on 127.0.0.1 that accepts the credentials of
    /// <see cref="ConnectorConformanceAdapter.CreateProfile"/> and refuses its wrong ones; returns where it
    /// listens. Hand it to <see cref="ConnectorConformanceAdapter.Own{T}"/> so it stops with the adapter.
    /// </summary>
    public abstract Task<IPEndPoint> StartPartnerAsync(CancellationToken cancellationToken);

    /// <summary>An endpoint that refuses TCP connections: a port held by the kit on which nothing listens.</summary>
    public virtual Task<IPEndPoint> StartRefusingPartnerAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Own(RefusingPartner.Start()).Endpoint);

    /// <summary>A partner whose TCP handshake never completes, to cancel a sender while it connects.</summary>
    public virtual async Task<IPEndPoint> StartNeverAcceptingPartnerAsync(CancellationToken cancellationToken) =>
        Own(await NeverAcceptingPartner.StartAsync(cancellationToken).ConfigureAwait(false)).Endpoint;

    /// <summary>A partner that accepts the connection and reads everything but never answers.</summary>
    public virtual Task<IPEndPoint> StartSilentPartnerAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Own(SilentPartner.Start()).Endpoint);

    /// <summary>A small message the partner can take; each call makes a new one, its stream at the start.</summary>
    public virtual ConnectorMessage CreateMessage() => new(
        new MemoryStream(Encoding.UTF8.GetBytes("conformance payload\n")),
        new MessageHeaders
        {
            FileName = "conformance.txt",
            Description = "conformance kit message",
            CorrelationId = Guid.NewGuid().ToString("N"),
        });
}
