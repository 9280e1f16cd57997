using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Tests.Protocol.Support;
using Expect = Connectors.Oftp2.Tests.Session.Support.Expect;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// The responder's side of an interop session captured from Accord, replayed buffer by buffer against our initiator
/// with the same offer (read from the captured SSID) and the same files: our initiator must send what Accord's
/// initiator sent, the same commands in the same order with the same fields (SSID, SFID, DATA with its subrecords and
/// CDT cadence, EFID, EFPA, CD, EERP, RTR, ESID), receive the files whole, and end as the capture ends.
/// </summary>
public sealed class When_replaying_the_interop_responder
{
    [Theory]
    [InlineData("plain-send-u")]
    [InlineData("plain-send-t")]
    [InlineData("negotiation")]
    [InlineData("buffer-compression")]
    [InlineData("cms-file")]
    [InlineData("listener-sends")]
    [InlineData("wrong-password")]
    public async Task Our_initiator_says_what_the_interop_initiator_said(string session)
    {
        var transcript = InteropTranscript.Load(session);
        var client = Parties.Client();
        foreach (var frame in transcript.Frames.Where(f => f.Direction == "C>S" && f.CommandCharacter == 'H'))
        {
            var startFile = (StartFile)CommandDecoder.Decode(frame.ExchangeBuffer.Span);
            client.Send(startFile, File.ReadAllBytes(Transmitted(transcript, startFile)));
        }

        var result = await ScriptedSession.AgainstInitiatorAsync(
            OfferOf(transcript),
            client,
            async peer =>
            {
                foreach (var frame in transcript.Frames)
                {
                    if (frame.Direction == "S>C")
                    {
                        await peer.SendRawAsync(frame.Octets);
                        continue;
                    }

                    var expected = (char)frame.ExchangeBuffer.Span[0];
                    var ours = await peer.ReceiveExchangeBufferAsync($"#{frame.Index} {expected}");
                    Assert.True(ours.Span[0] == frame.ExchangeBuffer.Span[0], $"#{frame.Index}: our initiator sent {Name(ours.Span)} where Accord's sent {Name(frame.ExchangeBuffer.Span)}");
                    SameOctets(frame, ours);
                }
            });

        var closing = (EndSession)CommandDecoder.Decode(transcript.Frames[^1].ExchangeBuffer.Span);
        Expect.EndedWith(result, closing.Reason, byPartner: transcript.Frames[^1].Direction == "S>C", "initiator");
        foreach (var frame in transcript.Frames.Where(f => f.Direction == "S>C" && f.CommandCharacter == 'H'))
        {
            var startFile = (StartFile)CommandDecoder.Decode(frame.ExchangeBuffer.Span);
            Assert.True(client.Received.TryGetValue(startFile.DatasetName, out var file), $"{startFile.DatasetName} from the responder did not arrive");
            Expect.SameContent(File.ReadAllBytes(Transmitted(transcript, startFile)), file.Content, startFile.DatasetName);
        }
    }

    // The offer behind the captured initiator SSID.
    private static SessionOffer OfferOf(InteropTranscript transcript)
    {
        var frame = transcript.Frames.First(f => f.Direction == "C>S" && f.CommandCharacter == 'X');
        var startSession = (StartSession)CommandDecoder.Decode(frame.ExchangeBuffer.Span);
        return new SessionOffer
        {
            IdentificationCode = startSession.IdentificationCode,
            Password = startSession.Password,
            Level = startSession.Level,
            BufferSize = startSession.BufferSize,
            Credit = startSession.Credit,
            BufferCompression = startSession.BufferCompression,
            Restart = startSession.Restart,
            SecureAuthentication = startSession.SecureAuthentication,
            Capability = startSession.Capability,
            UserData = startSession.UserData,
        };
    }

    // The file as transmitted: the CMS envelope where the session holds one, else the file named by the SFID.
    private static string Transmitted(InteropTranscript transcript, StartFile startFile)
    {
        var envelope = Path.Combine(transcript.Folder, "transmitted.bin");
        return startFile.Enveloping != FileEnveloping.None && File.Exists(envelope)
            ? envelope
            : Path.Combine(transcript.Folder, startFile.DatasetName.ToLowerInvariant());
    }

    // Same files, same offer, same SFID stamps: every exchange buffer matches the capture octet for octet.
    private static void SameOctets(WireFrame frame, ReadOnlyMemory<byte> ours)
    {
        var expected = frame.ExchangeBuffer.Span;
        var actual = ours.Span;
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        var at = expected.CommonPrefixLength(actual);
        Assert.Fail($"#{frame.Index} {Name(expected)}: {actual.Length} octets sent where Accord sent {expected.Length}, first difference at octet {at}");
    }

    private static string Name(ReadOnlySpan<byte> exchangeBuffer) =>
        CommandCodes.IsDefined((CommandCode)exchangeBuffer[0]) ? ((CommandCode)exchangeBuffer[0]).GetName() : $"0x{exchangeBuffer[0]:X2}";
}
