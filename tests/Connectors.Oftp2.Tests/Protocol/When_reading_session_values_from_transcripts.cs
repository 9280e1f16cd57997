using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>The values session.md and decoded.txt give for a few sessions come out of the decoded commands.</summary>
public sealed class When_reading_session_values_from_transcripts
{
    [Fact]
    public void Negotiation_shows_both_offers()
    {
        var sessions = Commands("negotiation").OfType<StartSession>().ToList();
        Expect.Equal(2, sessions.Count, "SSIDs in the negotiation session");
        var (offer, answer) = (sessions[0], sessions[1]);

        Expect.Equal(ProtocolLevel.Revision20, offer.Level, "initiator SSIDLEV");
        Expect.Equal("O0013000000CLIENT", offer.IdentificationCode, "initiator SSIDCODE");
        Expect.Equal("CLIPASS", offer.Password, "initiator SSIDPSWD");
        Expect.Equal(99999, offer.BufferSize, "initiator SSIDSDEB");
        Expect.Equal(999, offer.Credit, "initiator SSIDCRED");
        Expect.Equal(true, offer.BufferCompression, "initiator SSIDCMPR");
        Expect.Equal(true, offer.Restart, "initiator SSIDREST");
        Expect.Equal(SendReceiveCapability.Both, offer.Capability, "initiator SSIDSR");
        Expect.Equal(false, offer.SecureAuthentication, "initiator SSIDAUTH");

        Expect.Equal("O0013000000SERVER", answer.IdentificationCode, "responder SSIDCODE");
        Expect.Equal("SRVPASS", answer.Password, "responder SSIDPSWD");
        Expect.Equal(2048, answer.BufferSize, "responder SSIDSDEB");
        Expect.Equal(7, answer.Credit, "responder SSIDCRED");
        Expect.Equal(false, answer.BufferCompression, "responder SSIDCMPR");
        Expect.Equal(true, answer.Restart, "responder SSIDREST");
    }

    [Fact]
    public void Negotiation_sends_a_credit_after_every_seven_buffers()
    {
        var codes = Commands("negotiation").Select(c => c.Code).ToList();
        var credits = codes.Select((code, index) => (code, index)).Where(x => x.code == CommandCode.SetCredit).Select(x => x.index).ToList();
        Expect.Equal("12,20", string.Join(",", credits), "positions of the CDTs (7 DATA buffers each)");
        Expect.Equal(15, codes.Count(code => code == CommandCode.Data), "DATA buffers");
    }

    [Fact]
    public void Plain_text_send_declares_a_text_file_of_four_blocks()
    {
        var start = Commands("plain-send-t").OfType<StartFile>().Single();
        Expect.Equal("ORDERS-T.EDI", start.DatasetName, "SFIDDSN");
        Expect.Equal(VirtualFileFormat.Text, start.Format, "SFIDFMT");
        Expect.Equal(0, start.MaximumRecordLength, "SFIDLRECL");
        Expect.Equal(4L, start.FileSize, "SFIDFSIZ");
        Expect.Equal(4L, start.OriginalFileSize, "SFIDOSIZ");
        Expect.Equal(new VirtualFileTimestamp(new DateOnly(2026, 11, 22), new TimeOnly(11, 13, 25), 1), start.Timestamp, "SFIDDATE/SFIDTIME");
        Expect.Equal(StartFile.BlocksFor(3456), start.FileSize, "SFIDFSIZ against the 3456-octet file");

        var end = Commands("plain-send-t").OfType<EndFile>().Single();
        Expect.Equal(new EndFile(0, 3456), end, "EFID");
    }

    [Fact]
    public void Secured_file_declares_its_services_and_gets_a_signed_response()
    {
        var commands = Commands("cms-file");
        var start = commands.OfType<StartFile>().Single();
        Expect.Equal("CMS-PLAIN.EDI", start.DatasetName, "SFIDDSN");
        Expect.Equal(SecurityLevel.EncryptedAndSigned, start.Security, "SFIDSEC");
        Expect.Equal(CipherSuite.Aes256RsaSha1, start.CipherSuite, "SFIDCIPH");
        Expect.Equal(FileCompression.Zlib, start.Compression, "SFIDCOMP");
        Expect.Equal(FileEnveloping.Cms, start.Enveloping, "SFIDENV");
        Expect.Equal(true, start.SignedResponseRequested, "SFIDSIGN");
        Expect.Equal(5L, start.FileSize, "SFIDFSIZ");
        Expect.Equal(13L, start.OriginalFileSize, "SFIDOSIZ");
        Expect.Equal(VirtualFileFormat.Unstructured, start.TransmissionFormat, "a secured T file travels as U");

        var response = commands.OfType<EndToEndResponse>().Single();
        Expect.Equal("CMS-PLAIN.EDI", response.DatasetName, "EERPDSN");
        Expect.Equal(start.Timestamp, response.Timestamp, "EERPDATE/EERPTIME echo the SFID");
        Expect.Equal("O0013000000CLIENT", response.Destination, "EERPDEST");
        Expect.Equal("O0013000000SERVER", response.Originator, "EERPORIG");
        Expect.Equal("718589fea973a76e3fcab15d0b7b6036fbff3c7e", Convert.ToHexStringLower(response.Hash.Span), "EERPHSH");
        Expect.Equal(1604, response.Signature.Length, "EERPSIGL");
        var signature = File.ReadAllBytes(Path.Combine(InteropFolder.Locate(), "cms-file", "eerp-signature.der"));
        Expect.SameOctets(signature, response.Signature.Span, "EERPSIG against eerp-signature.der");
    }

    [Fact]
    public void Unsigned_responses_carry_empty_hash_and_signature()
    {
        var response = Commands("plain-send-u").OfType<EndToEndResponse>().Single();
        Expect.Equal(0, response.Hash.Length, "EERPHSHL");
        Expect.Equal(0, response.Signature.Length, "EERPSIGL");
        Expect.Equal("PAYLOAD-U.BIN", response.DatasetName, "EERPDSN");
    }

    [Fact]
    public void Wrong_password_ends_with_reason_04_and_its_text()
    {
        var commands = Commands("wrong-password");
        Expect.Equal("WRONGPW", commands.OfType<StartSession>().Single().Password, "SSIDPSWD");
        var end = commands.OfType<EndSession>().Single();
        Expect.Equal(EndSessionReason.InvalidPassword, end.Reason, "ESIDREAS");
        Expect.Equal("Authentication error: INVALID PASSWORD", end.ReasonText, "ESIDREAST");
    }

    [Fact]
    public void Secure_authentication_exchanges_challenges_both_ways()
    {
        var commands = Commands("secure-auth");
        Assert.True(commands.OfType<StartSession>().All(s => s.SecureAuthentication), "both SSIDs ask for secure authentication");
        var challenges = commands.OfType<AuthenticationChallenge>().ToList();
        Expect.Equal(2, challenges.Count, "AUCH commands");
        Assert.True(challenges.All(c => c.Challenge.Length == 488), "each AUCHCHAL holds 488 octets of CMS");
        var first = File.ReadAllBytes(Path.Combine(InteropFolder.Locate(), "secure-auth", "auch-1-listener-to-initiator.der"));
        Expect.SameOctets(first, challenges[0].Challenge.Span, "first AUCHCHAL against auch-1-listener-to-initiator.der");
        var responses = commands.OfType<AuthenticationResponse>().ToList();
        var challenge = File.ReadAllBytes(Path.Combine(InteropFolder.Locate(), "secure-auth", "challenge-1.bin"));
        Expect.SameOctets(challenge, responses[0].Response.Span, "first AURPRSP against challenge-1.bin");
        Expect.Equal(2, commands.Count(c => c is SecurityChangeDirection), "SECD commands");
    }

    private static List<OdetteCommand> Commands(string session) =>
        InteropTranscript.Load(session).Frames.Select(frame => CommandDecoder.Decode(frame.ExchangeBuffer.Span)).ToList();
}
