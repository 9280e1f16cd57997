using System.Diagnostics;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Schemas;
using Connectors.Sdk.Hosting.Telemetry;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Tasks;
using Connectors.Sdk.Testing;
using Newtonsoft.Json.Linq;

namespace Connectors.Sdk.Hosting.Running;

/// <summary>
/// Runs a connector by id from JSON properties: validates them against the connector's schema,
/// binds them to its properties record, and calls it inside a trace activity with metrics.
/// </summary>
public sealed class ConnectorRunner(ConnectorCatalog catalog, IServiceProvider services)
{
    /// <summary>Validates and binds properties; a finding throws a configuration error naming its JSON pointer.</summary>
    public object BindProperties(string connectorId, JObject properties)
    {
        var (registration, _) = catalog.Get(connectorId);
        return PropertiesBinder.Bind(registration.PropertiesType, properties, $"properties of {connectorId}");
    }

    public async Task<SendReceipt> SendAsync(string connectorId, JObject properties, ConnectorMessage message, CancellationToken cancellationToken)
    {
        var (registration, _) = Expect(connectorId, ConnectorKind.Sender);
        var bound = PropertiesBinder.Bind(registration.PropertiesType, properties, $"properties of {connectorId}");
        return await Measure(connectorId, "send", async () =>
        {
            var receipt = await registration.Send!(services, bound, message, cancellationToken).ConfigureAwait(false);
            ConnectorTelemetry.MessagesSent.Add(1, new("connector", connectorId), new("status", receipt.Status.ToString()));
            ConnectorTelemetry.Bytes.Add(receipt.BytesTransferred, new("connector", connectorId), new("direction", "out"));
            return receipt;
        }).ConfigureAwait(false);
    }

    public Task ReceiveAsync(string connectorId, JObject properties, IMessageSink sink, CancellationToken cancellationToken)
    {
        var (registration, _) = Expect(connectorId, ConnectorKind.Receiver);
        var bound = PropertiesBinder.Bind(registration.PropertiesType, properties, $"properties of {connectorId}");
        return registration.Receive!(services, bound, new MeasuredSink(connectorId, sink), cancellationToken);
    }

    public async Task<TaskRunResult> RunTaskAsync(string connectorId, JObject definition, TaskRunContext run, CancellationToken cancellationToken)
    {
        var (registration, _) = Expect(connectorId, ConnectorKind.Task);
        var bound = PropertiesBinder.Bind(registration.PropertiesType, definition, $"definition of {run.TaskName}");
        return await Measure(connectorId, "task", () => registration.RunTask!(services, bound, run, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Tests the named profile with the first registered connector that can test its type; null when
    /// none can.
    /// </summary>
    public async Task<ConnectionTestResult?> TestProfileAsync(string profileName, string profileTypeId, CancellationToken cancellationToken)
    {
        foreach (var descriptor in catalog.Descriptors)
        {
            if (catalog.Get(descriptor.Id).Connector is IConnectionTester tester && tester.ProfileTypeId == profileTypeId)
            {
                return await Measure(descriptor.Id, "test", () => tester.TestConnectionAsync(profileName, cancellationToken)).ConfigureAwait(false);
            }
        }

        return null;
    }

    private (ConnectorRegistration Registration, IConnector Connector) Expect(string connectorId, ConnectorKind kind)
    {
        var found = catalog.Get(connectorId);
        if (found.Registration.Kind != kind)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"'{connectorId}' is a {found.Registration.Kind.ToString().ToLowerInvariant()}, not a {kind.ToString().ToLowerInvariant()}");
        }

        return found;
    }

    private static async Task<T> Measure<T>(string connectorId, string operation, Func<Task<T>> action)
    {
        using var activity = ConnectorTelemetry.ActivitySource.StartActivity($"{connectorId} {operation}");
        activity?.SetTag("connector", connectorId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Kind.ToString());
            ConnectorTelemetry.Failures.Add(1, new("connector", connectorId), new("kind", e.Kind.ToString()));
            throw;
        }
        finally
        {
            ConnectorTelemetry.Duration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new("connector", connectorId),
                new("operation", operation));
        }
    }

    /// <summary>Counts what a receiver hands to the flow, without changing it.</summary>
    private sealed class MeasuredSink(string connectorId, IMessageSink inner) : IMessageSink
    {
        public async Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken)
        {
            var result = await inner.AcceptAsync(message, cancellationToken).ConfigureAwait(false);
            ConnectorTelemetry.MessagesReceived.Add(1, new("connector", connectorId), new("outcome", result.Outcome.ToString()));
            return result;
        }
    }
}
