using System.Text;
using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_receiver_is_mapped_into_an_application
{
    [Fact]
    public async Task A_vendors_own_application_serves_OTA_posts_at_its_own_path()
    {
        var sink = new RecordingSink();
        await using var app = Application();
        app.MapOtaReceiver("/b2b/ota", new OtaReceiverProperties { Accounts = [TestAccounts.AccountProfile] }, sink);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/b2b/ota");
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(address, OtaProtocolType.HttpOxta));

        var receipt = await sending.SendAsync("<PO>mapped</PO>");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document was {receipt.Status} ({receipt.ReasonCode} {receipt.Reason}) by the mapped endpoint");
        var (headers, content) = Assert.Single(sink.Received);
        Assert.True(Encoding.UTF8.GetString(content) == "<PO>mapped</PO>", "the application's sink got other bytes than were sent");
        Assert.True(headers.Partner == TestAccounts.AccountProfile, $"the message was delivered for '{headers.Partner}', not the account's profile");
        Assert.True(receipt.PartnerReceiptId == "recorded-1", $"the receipt id is '{receipt.PartnerReceiptId}', not the id the application's sink gave");
        await app.StopAsync();
    }

    [Fact]
    public async Task Mapping_it_with_an_account_that_does_not_exist_fails_at_once()
    {
        await using var app = Application();

        var failure = Record.Exception(() => app.MapOtaReceiver("/b2b/ota", new OtaReceiverProperties { Accounts = ["no-such-account"] }, new RecordingSink()));

        Assert.True(failure is ConnectorException { Kind: ConnectorErrorKind.Configuration }, $"mapping with an unknown account gave {failure?.GetType().Name ?? "no failure"}, not a configuration error");
        Assert.True(failure!.Message.Contains("no-such-account", StringComparison.Ordinal), $"the failure does not name the missing account: {failure.Message}");
    }

    private static WebApplication Application()
    {
        var operations = new InMemoryOperationsStore();
        operations.Set(TestAccounts.AccountProfile, new OtaProfile { Username = TestAccounts.Username, Password = SecretValue.From(TestAccounts.Password) });
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IOperationsStore>(operations);
        return builder.Build();
    }
}
