using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// Each reason a file fails maps to the EFNA reason of RFC 5024 §5.3.10 (answered in session) and to the NERP reason
/// of §5.3.14 (sent to the originator later).
/// </summary>
public sealed class When_mapping_failures_to_answer_codes
{
    [Theory]
    [InlineData(FileSecurityFailure.InvalidSignature, 21, 31)]
    [InlineData(FileSecurityFailure.UntrustedSigner, 21, 31)]
    [InlineData(FileSecurityFailure.DecryptionFailed, 22, 33)]
    [InlineData(FileSecurityFailure.DecompressionFailed, 23, 32)]
    [InlineData(FileSecurityFailure.UnsupportedCipherSuite, 15, 25)]
    [InlineData(FileSecurityFailure.UnencryptedFileNotAllowed, 17, 27)]
    [InlineData(FileSecurityFailure.UnsignedFileNotAllowed, 20, 30)]
    [InlineData(FileSecurityFailure.MalformedEnvelope, 99, 34)]
    public void Each_failure_has_its_efna_and_nerp_reason(FileSecurityFailure failure, int endFileReason, int negativeEndResponseReason)
    {
        var exception = new FileSecurityException(failure, "test");

        Assert.True((int)exception.EndFileReason == endFileReason, $"{failure} should answer EFNA {endFileReason}, was {(int)exception.EndFileReason}");
        Assert.True(
            (int)exception.NegativeEndResponseReason == negativeEndResponseReason,
            $"{failure} should report NERP {negativeEndResponseReason}, was {(int)exception.NegativeEndResponseReason}");
    }
}
