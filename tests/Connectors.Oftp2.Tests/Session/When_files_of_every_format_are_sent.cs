using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// U, T, F and V files (RFC 5024 §1.5.3) cross the session as their records and come out as they went in, with the
/// EFID counting records for F and V and zero for U and T (§5.3.8).
/// </summary>
public sealed class When_files_of_every_format_are_sent
{
    public static TheoryData<VirtualFileFormat> Formats =>
        new(VirtualFileFormat.Unstructured, VirtualFileFormat.Text, VirtualFileFormat.Fixed, VirtualFileFormat.Variable);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_file_arrives_as_it_was_sent(VirtualFileFormat format)
    {
        var (content, recordLength, records) = format switch
        {
            VirtualFileFormat.Unstructured => (Payloads.Random(50_000, seed: 3), 0, 0L),
            VirtualFileFormat.Text => (Payloads.Text(700), 0, 0L),
            VirtualFileFormat.Fixed => (Payloads.Fixed(400, 80, seed: 4), 80, 400L),
            _ => (Payloads.Variable(300, 500, seed: 5), 500, 300L),
        };
        var client = Parties.Client();
        var server = Parties.Server();
        client.Send("FORMAT.DAT", content, Parties.ServerCode, format, recordLength);

        var (initiator, responder) = await LoopbackSession.RunAsync(Parties.ClientOffer, client, Parties.Directory(server));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        Assert.True(server.Received.TryGetValue("FORMAT.DAT", out var file), $"the {format} file did not arrive");
        Expect.SameContent(content, file.Content, $"{format} file");
        Assert.True(file.EndFile.RecordCount == records, $"EFIDRCNT {file.EndFile.RecordCount}, {records} expected for {format}");
        var units = format == VirtualFileFormat.Variable ? content.Length - (2 * records) : content.Length;
        Assert.True(file.EndFile.UnitCount == units, $"EFIDUCNT {file.EndFile.UnitCount}, {units} expected for {format}");
    }
}
