using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_digest_is_required
{
    [Fact]
    public async Task A_post_without_Digest_credentials_is_challenged_with_SHA_256_and_MD5_before_its_body_is_read()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { RequireDigest = true });

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.Encode(Posts.ValidSend()));

        Assert.True(answer.Status == 401 && answer.StatusCode == 3002, $"a post without Digest credentials was answered {answer}, not HTTP 401 with 3002");
        var challenges = answer.Header("WWW-Authenticate") ?? string.Empty;
        Assert.True(challenges.Contains("algorithm=SHA-256", StringComparison.Ordinal) && challenges.Contains("algorithm=MD5", StringComparison.Ordinal), $"the challenges offer '{challenges}', not SHA-256 and MD5");
        await NothingArrived.AssertAsync(receiver, "after a post without Digest credentials");
    }

    [Fact]
    public async Task The_sender_answers_the_challenge_and_delivers()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { RequireDigest = true });
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta));

        var first = await sending.SendAsync("<PO>1</PO>");
        var second = await sending.SendAsync("<PO>2</PO>");

        Assert.True(first.Status == ReceiptStatus.Delivered, $"the first document was {first.Status} ({first.ReasonCode} {first.Reason}) behind Digest");
        Assert.True(second.Status == ReceiptStatus.Delivered, $"the second document, answering the known nonce at once, was {second.Status} ({second.ReasonCode} {second.Reason})");
        Assert.True((await receiver.CommittedAsync()).Count == 2, "the two documents did not both reach the flow");
        var challenged = (await receiver.Audit.ListAsync(10, CancellationToken.None)).Count(r => r.ResultCode == 3002);
        Assert.True(challenged == 1, $"the receiver challenged {challenged} posts; only the first should need a challenge, the second answering the known nonce in advance");
    }

    [Fact]
    public async Task A_wrong_password_fails_as_authentication()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { RequireDigest = true });
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta, password: TestAccounts.WrongPassword));

        var failure = await Record.ExceptionAsync(() => sending.SendAsync("<PO>1</PO>"));

        Assert.True(failure is ConnectorException { Kind: ConnectorErrorKind.Authentication, IsRetryable: false }, $"a wrong Digest password ended in {failure?.GetType().Name} {(failure as ConnectorException)?.Kind}, not a final authentication failure");
        await NothingArrived.AssertAsync(receiver, "after a wrong Digest password");
    }

    [Fact]
    public async Task A_profile_that_refuses_Digest_is_stopped_as_authentication()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { RequireDigest = true });
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta) with { Digest = false });

        var failure = await Record.ExceptionAsync(() => sending.SendAsync("<PO>1</PO>"));

        Assert.True(failure is ConnectorException { Kind: ConnectorErrorKind.Authentication }, $"a profile without Digest ended in {failure?.GetType().Name} {(failure as ConnectorException)?.Kind}, not an authentication failure");
    }
}
