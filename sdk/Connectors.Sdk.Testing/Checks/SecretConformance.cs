using System.Collections;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Json;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// Checks that the adapter's secrets never show: not in the text of properties and profiles, not in
/// exceptions, not in log output of any level, not in receipts.
/// </summary>
public static class SecretConformance
{
    /// <summary>The <c>ToString()</c> of the valid properties and of the profiles shows no secret.</summary>
    public static Task AbsentFromToStringAsync(ConnectorConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues).EnsureSearchable();
        var properties = adapter.ValidProperties(ConformanceDocuments.ProfileName);
        secrets.AssertAbsent(properties.ToString(), $"the ToString() of its properties {properties.GetType().Name}");
        foreach (var wrong in new[] { false, true })
        {
            var profile = adapter.CreateProfile(PartnerProfileRequest.ForInspection(wrong));
            secrets.AssertAbsent(profile?.ToString(), $"the ToString() of its profile {profile?.GetType().Name}{(wrong ? " with wrong credentials" : string.Empty)}");
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The exceptions of a refused connection, of wrong credentials and of a silent partner show no
    /// secret: not in their messages, inner exceptions, data, property keys or reason codes.
    /// </summary>
    public static async Task AbsentFromExceptionsAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues).EnsureSearchable();
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            foreach (var attempt in await new SenderScenarios(adapter, host).FailuresAsync(CancellationToken.None).ConfigureAwait(false))
            {
                if (attempt.Failure is { } failure)
                {
                    secrets.AssertAbsent(TextOf(failure), $"the exception of {attempt.Situation}");
                }
            }
        }
    }

    /// <summary>
    /// Nothing logged at any level, in messages, structured values, scopes or logged exceptions, shows
    /// a secret, while the connector delivers, fails each way, and tests its connection.
    /// </summary>
    public static async Task AbsentFromLogsAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues).EnsureSearchable();
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var scenarios = new SenderScenarios(adapter, host);
            await scenarios.DeliverAsync(CancellationToken.None).ConfigureAwait(false);
            await scenarios.FailuresAsync(CancellationToken.None).ConfigureAwait(false);
            if (host.Connector is IConnectionTester tester)
            {
                foreach (var profile in host.Operations.List())
                {
                    await tester.TestConnectionAsync(profile.Name, CancellationToken.None).WaitAsync(SenderScenarios.Guard).ConfigureAwait(false);
                }
            }

            Assert.True(host.Logs.Entries.Count > 0, $"{adapter.ConnectorId}: nothing was logged while it delivered and failed; a connector should log what it does");
            foreach (var entry in host.Logs.Entries)
            {
                secrets.AssertAbsent(entry.AllText, $"a log entry of {entry.Category} at level {entry.Level}");
            }
        }
    }

    /// <summary>The receipt of a delivery shows no secret, neither as text nor as the JSON an API would return.</summary>
    public static async Task AbsentFromReceiptsAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues).EnsureSearchable();
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var attempt = await new SenderScenarios(adapter, host).DeliverAsync(CancellationToken.None).ConfigureAwait(false);
            if (attempt.Receipt is not { } receipt)
            {
                Assert.Fail($"{adapter.ConnectorId}: {attempt.Situation}, it threw {attempt.Failure?.GetType().Name} instead of returning a receipt: {secrets.Mask(attempt.Failure?.Message)}");
                return;
            }

            secrets.AssertAbsent(receipt.ToString(), "the ToString() of its receipt");
            secrets.AssertAbsent(ConnectorJson.Serialize(receipt), "the JSON of its receipt");
        }
    }

    /// <summary>All an exception could show anywhere: its full text (inner exceptions and stack included) and its data.</summary>
    private static string TextOf(Exception failure)
    {
        var parts = new List<string?> { failure.ToString() };
        for (var e = failure; e is not null; e = e.InnerException)
        {
            parts.AddRange(e.Data.Cast<DictionaryEntry>().Select(d => $"{d.Key}={d.Value}"));
            if (e is ConnectorException connector)
            {
                parts.AddRange(connector.PropertyKeys);
                parts.Add(connector.PartnerReasonCode);
            }

            if (e is AggregateException aggregate)
            {
                parts.AddRange(aggregate.InnerExceptions.Select(TextOf));
            }
        }

        return string.Join(Environment.NewLine, parts.Where(p => p is not null));
    }
}
