using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_partner_refuses_our_identity : IAsyncLifetime
{
    private readonly Oftp2Site _sender = Oftp2Site.Create("O0013000000SENDER");
    private readonly Oftp2Site _receiver = Oftp2Site.Create("O0013000000RECVR");

    public Task InitializeAsync() => _receiver.StartReceiverAsync();

    [Fact]
    public async Task A_wrong_password_ends_the_session_with_esid_04_as_an_authentication_failure()
    {
        _receiver.Onboard("sender-site", _sender, reachable: false, partnerPasswordOverride: "OTHERPW");
        _sender.Onboard("receiver-site", _receiver, reachable: true);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _sender.SendAsync("receiver-site", TestFiles.Random(100), "ORDERS"));

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"a wrong password gave {error.Kind}: {error.Message}");
        Assert.Equal("ESID04", error.PartnerReasonCode);
        Assert.DoesNotContain(_sender.Password, error.Message, StringComparison.Ordinal);
        Assert.Empty(_receiver.Delivered("sender-site"));
    }

    [Fact]
    public async Task An_unknown_code_ends_the_session_with_esid_03()
    {
        _sender.Onboard("receiver-site", _receiver, reachable: true);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _sender.SendAsync("receiver-site", TestFiles.Random(100), "ORDERS"));

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"an unknown code gave {error.Kind}: {error.Message}");
        Assert.Equal("ESID03", error.PartnerReasonCode);
    }

    public async Task DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
