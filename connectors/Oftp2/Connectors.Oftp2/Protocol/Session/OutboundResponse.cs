using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>An EERP or NERP we owe the partner, sent when we are the speaker and confirmed by its RTR.</summary>
/// <param name="Command">An <see cref="EndToEndResponse"/> or a <see cref="NegativeEndResponse"/>.</param>
/// <param name="Token">Whatever the application needs to mark it delivered.</param>
public sealed record OutboundResponse(OdetteCommand Command, object? Token = null);
