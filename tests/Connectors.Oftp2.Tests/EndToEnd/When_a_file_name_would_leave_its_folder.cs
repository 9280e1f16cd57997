using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_file_name_would_leave_its_folder : IAsyncLifetime
{
    private readonly Oftp2Site _sender = Oftp2Site.Create("O0013000000SENDER");
    private readonly Oftp2Site _receiver = Oftp2Site.Create("O0013000000RECVR");

    public async Task InitializeAsync()
    {
        await _receiver.StartReceiverAsync();
        _receiver.Onboard("sender-site", _sender, reachable: false);
        _sender.Onboard("receiver-site", _receiver, reachable: true);
    }

    [Theory]
    [InlineData("../ESCAPE")]
    [InlineData("..")]
    public async Task The_receiver_refuses_it_with_sfna_01_and_writes_nothing(string name)
    {
        var receipt = await _sender.SendAsync("receiver-site", TestFiles.Random(500), name);

        Assert.True(receipt.Status == ReceiptStatus.Rejected, $"'{name}' was {receipt.Status}");
        Assert.Equal("SFNA01", receipt.ReasonCode);
        Assert.Empty(_receiver.Delivered("sender-site"));
        Assert.False(File.Exists(Path.Combine(_receiver.Inbox, "ESCAPE")), "the file escaped the partner's folder");
    }

    public async Task DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
