using Connectors.Ota.Protocol.Digest;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Protocol;

public sealed class When_a_digest_is_verified
{
    private const string Target = "/servlets/oracle.apps.ecx.oxta.TransportAgentServer";

    private readonly ManualClock _clock = new(new DateTimeOffset(2024, 6, 15, 16, 20, 46, TimeSpan.Zero));

    [Fact]
    public void The_right_password_passes_and_names_the_user()
    {
        var server = Server();
        var header = Answer(server, TestAccounts.Password);

        var verdict = server.Verify(header, "POST", Target, PasswordOf);

        Assert.True(verdict.Outcome == DigestOutcome.Succeeded, $"the right credentials were judged {verdict.Outcome}");
        Assert.True(verdict.Username == TestAccounts.Username, $"the verdict names '{verdict.Username}'");
    }

    [Fact]
    public void A_wrong_password_fails()
    {
        var server = Server();

        var verdict = server.Verify(Answer(server, TestAccounts.WrongPassword), "POST", Target, PasswordOf);

        Assert.True(verdict.Outcome == DigestOutcome.Failed, $"a wrong password was judged {verdict.Outcome}");
    }

    [Fact]
    public void The_same_answer_replayed_fails()
    {
        var server = Server();
        var header = Answer(server, TestAccounts.Password);

        _ = server.Verify(header, "POST", Target, PasswordOf);
        var replay = server.Verify(header, "POST", Target, PasswordOf);

        Assert.True(replay.Outcome == DigestOutcome.Failed, $"a replayed answer was judged {replay.Outcome}");
    }

    [Fact]
    public void A_nonce_of_another_server_fails()
    {
        var header = Answer(Server(), TestAccounts.Password);

        var verdict = Server().Verify(header, "POST", Target, PasswordOf);

        Assert.True(verdict.Outcome == DigestOutcome.Failed, $"a nonce the server did not issue was judged {verdict.Outcome}");
    }

    [Fact]
    public void An_aged_nonce_is_stale_so_the_client_answers_again()
    {
        var server = Server();
        var header = Answer(server, TestAccounts.Password);
        _clock.Advance(TimeSpan.FromMinutes(6));

        var verdict = server.Verify(header, "POST", Target, PasswordOf);

        Assert.True(verdict.Outcome == DigestOutcome.Stale, $"right credentials with an aged nonce were judged {verdict.Outcome}");
    }

    [Fact]
    public void No_header_asks_for_a_challenge()
    {
        var verdict = Server().Verify(null, "POST", Target, PasswordOf);

        Assert.True(verdict.Outcome == DigestOutcome.Missing, $"a request without Authorization was judged {verdict.Outcome}");
    }

    private DigestServer Server() => new("OTA", [DigestAlgorithm.Sha256, DigestAlgorithm.Md5], TimeSpan.FromMinutes(5), _clock);

    private static string Answer(DigestServer server, string password)
    {
        var client = new DigestClient();
        Assert.True(client.Accept(server.Challenges(stale: false).Select(c => c[DigestParameters.Scheme.Length..])), "the client could not read the server's challenges");
        return DigestParameters.Scheme + " " + client.Answer("POST", Target, TestAccounts.Username, password)!.ToParameterString();
    }

    private static string? PasswordOf(string username) => username == TestAccounts.Username ? TestAccounts.Password : null;
}
