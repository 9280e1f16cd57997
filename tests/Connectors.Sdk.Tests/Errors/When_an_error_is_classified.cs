using Connectors.Sdk.Errors;

namespace Connectors.Sdk.Tests.Errors;

public sealed class When_an_error_is_classified
{
    [Theory]
    [InlineData(ConnectorErrorKind.ConnectionFailed, true)]
    [InlineData(ConnectorErrorKind.Timeout, true)]
    [InlineData(ConnectorErrorKind.PartnerUnavailable, true)]
    [InlineData(ConnectorErrorKind.Authentication, false)]
    [InlineData(ConnectorErrorKind.Encoding, false)]
    [InlineData(ConnectorErrorKind.RejectedByPartner, false)]
    [InlineData(ConnectorErrorKind.ProtocolViolation, false)]
    [InlineData(ConnectorErrorKind.Configuration, false)]
    public void Only_network_and_availability_failures_are_retryable_by_default(ConnectorErrorKind kind, bool retryable)
    {
        var error = new ConnectorException(kind, "x");

        Assert.True(error.IsRetryable == retryable, $"{kind} should {(retryable ? string.Empty : "not ")}be retryable");
    }

    [Fact]
    public void A_connector_can_override_retryability()
    {
        var error = new ConnectorException(ConnectorErrorKind.ProtocolViolation, "partner sent garbage once", isRetryable: true);

        Assert.True(error.IsRetryable, "the explicit retryability was ignored");
    }
}
