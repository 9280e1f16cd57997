using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>A file being received: its SFID and the accepted decision.</summary>
public sealed record InboundFile(StartFile StartFile, InboundFileDecision.Accept Decision);
