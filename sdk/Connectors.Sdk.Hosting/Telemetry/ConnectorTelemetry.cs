using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Connectors.Sdk.Hosting.Telemetry;

/// <summary>
/// The pack's tracing and metrics names, documented in docs/operations.md. Listen to the
/// <see cref="ActivitySource"/> and <see cref="Meter"/> named <see cref="Name"/>.
/// </summary>
public static class ConnectorTelemetry
{
    public const string Name = "Connectors";

    public static readonly ActivitySource ActivitySource = new(Name, "1.0");

    public static readonly Meter Meter = new(Name, "1.0");

    /// <summary>Messages a sender handed to a partner, tagged <c>connector</c> and <c>status</c>.</summary>
    public static readonly Counter<long> MessagesSent = Meter.CreateCounter<long>("connectors.messages.sent", "{message}", "Messages handed to a partner by a sender.");

    /// <summary>Messages a receiver committed to the flow, tagged <c>connector</c> and <c>outcome</c>.</summary>
    public static readonly Counter<long> MessagesReceived = Meter.CreateCounter<long>("connectors.messages.received", "{message}", "Messages a receiver committed or refused.");

    /// <summary>Payload bytes moved, tagged <c>connector</c> and <c>direction</c> (<c>out</c> or <c>in</c>).</summary>
    public static readonly Counter<long> Bytes = Meter.CreateCounter<long>("connectors.bytes", "By", "Payload bytes moved.");

    /// <summary>Failures, tagged <c>connector</c> and <c>kind</c> (the error kind).</summary>
    public static readonly Counter<long> Failures = Meter.CreateCounter<long>("connectors.failures", "{failure}", "Failed sends, receives and task runs.");

    /// <summary>Duration of a send, a task run or a connection test, tagged <c>connector</c> and <c>operation</c>.</summary>
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("connectors.operation.duration", "s", "How long an operation took.");
}
