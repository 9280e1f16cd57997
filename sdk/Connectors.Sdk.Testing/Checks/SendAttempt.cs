using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Conformance;

/// <summary>How one send in a scenario ended: a receipt or an exception, and how long it took.</summary>
/// <param name="Situation">The scenario in words, e.g. "sending to a partner that refuses the TCP connection".</param>
internal sealed record SendAttempt(string Situation, SendReceipt? Receipt, Exception? Failure, TimeSpan Elapsed)
{
    /// <summary>The <see cref="ConnectorException"/> the send should have thrown; fails when it ended otherwise.</summary>
    public ConnectorException ExpectConnectorException(string connectorId, SecretLeakFinder secrets)
    {
        if (Receipt is not null)
        {
            Assert.Fail($"{connectorId}: {Situation}, it returned a {Receipt.Status} receipt instead of throwing a ConnectorException");
        }

        if (Failure is not ConnectorException failure)
        {
            Assert.Fail($"{connectorId}: {Situation}, it threw {Failure?.GetType().Name} instead of a ConnectorException: {secrets.Mask(Failure?.Message)}");
            throw new InvalidOperationException("unreachable");
        }

        return failure;
    }
}
