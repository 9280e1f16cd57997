using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// A file to send when we are the speaker. <see cref="StartFile"/> carries every SFID field, its
/// RestartPosition being what we propose (0 for a new file); the listener's SFPA may lower it.
/// </summary>
/// <param name="StartFile">The SFID to send.</param>
/// <param name="OpenPayload">Opens the file as transmitted (already signed, compressed or encrypted when it is secured), from its first octet; the session skips to the agreed restart position itself.</param>
/// <param name="Token">Whatever the application needs to recognise the file in the callbacks.</param>
public sealed record OutboundFile(StartFile StartFile, Func<CancellationToken, ValueTask<Stream>> OpenPayload, object? Token = null);
