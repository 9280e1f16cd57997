using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_password_is_wrong
{
    [Fact]
    public async Task The_post_is_answered_3003_without_a_hint_of_which_field_was_wrong()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();

        var wrongPassword = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(OtaFieldNames.Password, TestAccounts.WrongPassword));
        var wrongUser = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(OtaFieldNames.Username, TestAccounts.WrongUsername));

        Assert.True(wrongPassword.StatusCode == 3003, $"a wrong password was answered {wrongPassword}, not 3003");
        Assert.True(wrongUser.StatusCode == 3003, $"an unknown user was answered {wrongUser}, not 3003");
        Assert.True(
            wrongPassword.Header("STATUS_DESCRIPTION") == wrongUser.Header("STATUS_DESCRIPTION") && wrongPassword.Body == wrongUser.Body,
            "a wrong password and an unknown user are answered differently, which tells a guesser which one was right");
        var description = wrongPassword.Header("STATUS_DESCRIPTION") ?? string.Empty;
        Assert.True(
            !description.Contains("password", StringComparison.OrdinalIgnoreCase) && !description.Contains("user", StringComparison.OrdinalIgnoreCase),
            $"the description '{description}' names the field that was wrong");
        await NothingArrived.AssertAsync(receiver, "after posts with wrong credentials");
    }
}
