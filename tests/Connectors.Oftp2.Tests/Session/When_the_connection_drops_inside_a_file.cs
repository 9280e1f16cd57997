using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// A network cut in the middle of a file (a relay resets the connection after so many octets): both sides report
/// the lost connection, the listener hands what arrived to FileInterruptedAsync, and the next session restarts the
/// file from the listener's restart position (RFC 5024 §1.5.4, §5.3.3 SFIDREST, §5.3.4 SFPAACNT) so the assembled
/// file is byte for byte the one sent, with EFID counts for the whole file (§5.3.8).
/// </summary>
public sealed class When_the_connection_drops_inside_a_file
{
    public static TheoryData<VirtualFileFormat> Formats => new(VirtualFileFormat.Unstructured, VirtualFileFormat.Fixed, VirtualFileFormat.Variable);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_next_session_resumes_from_the_listeners_position(VirtualFileFormat format)
    {
        var (content, recordLength, proposal) = format switch
        {
            VirtualFileFormat.Fixed => (Payloads.Fixed(8_000, 100, seed: 11), 100, 8_000L),
            VirtualFileFormat.Variable => (Payloads.Variable(4_000, 400, seed: 12), 400, 4_000L),
            _ => (Payloads.Random(800_000, seed: 13), 0, StartFile.BlocksFor(800_000)),
        };
        var offer = Parties.ClientOffer with { BufferSize = 4096, Credit = 8 };
        var server = Parties.Server();
        var directory = Parties.Directory(server);

        // First session: cut after about 300,000 octets from the initiator.
        var firstClient = Parties.Client();
        firstClient.Send("RESTART.DAT", content, Parties.ServerCode, format, recordLength);
        var (cutInitiator, cutResponder) = await LoopbackSession.RunAsync(offer, firstClient, directory, connect: () => DroppingRelay.ConnectAsync(dropAfter: 300_000));

        var initiatorLost = cutInitiator.Threw<OdetteConnectionLostException>("initiator, cut");
        var responderLost = cutResponder.Threw<OdetteConnectionLostException>("responder, cut");
        Assert.True(initiatorLost.InsideFile && responderLost.InsideFile, $"both sides were inside the file: initiator {initiatorLost.InsideFile}, responder {responderLost.InsideFile}");
        Expect.Journaled(server, "FileInterrupted RESTART.DAT", "the listener was told the file was interrupted");
        var kept = server.PartialContent("RESTART.DAT");
        Assert.True(kept is { Length: > 0 } && kept.Length < content.Length, $"the listener kept {kept?.Length} of {content.Length} octets");
        Expect.SameContent(content[..kept!.Length], kept, "what arrived before the cut");

        // Second session: the speaker proposes its position, the listener answers what it can build on.
        var secondClient = Parties.Client();
        secondClient.Send("RESTART.DAT", content, Parties.ServerCode, format, recordLength, restartPosition: proposal);
        var (initiator, responder) = await LoopbackSession.RunAsync(offer, secondClient, directory);

        Expect.Normal(initiator, "initiator, restart");
        Expect.Normal(responder, "responder, restart");
        var restartedFrom = server.AcceptedFrom["RESTART.DAT"];
        Assert.True(restartedFrom > 0 && restartedFrom < proposal, $"the listener answered restart position {restartedFrom}, between 0 and {proposal} expected");
        Assert.True(server.Received.TryGetValue("RESTART.DAT", out var file), "the restarted file arrived");
        Expect.SameContent(content, file.Content, $"the {format} file assembled across the restart");
        var expectedUnits = format == VirtualFileFormat.Variable ? content.Length - (2 * proposal) : content.Length;
        Assert.True(file.EndFile.UnitCount == expectedUnits, $"EFIDUCNT {file.EndFile.UnitCount}: the whole file's {expectedUnits} expected after the restart");
    }
}
