using System.Text;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// An SFID naming a cipher suite this side does not know refuses the file with SFNA 15 (RFC 5024 §5.3.5), not the
/// session: the listener stays a listener and the session can end normally.
/// </summary>
public sealed class When_an_sfid_names_an_unknown_cipher_suite
{
    [Fact]
    public async Task The_file_is_refused_with_sfna_15_and_the_session_goes_on()
    {
        StartFileNegativeAnswer? refusal = null;
        EndSession? received = null;
        var server = Parties.Server();

        var result = await ScriptedSession.AgainstResponderAsync(
            Parties.Directory(server),
            async peer =>
            {
                await ScriptedCaller.StartAsync(peer);
                var startFile = CommandEncoder.Encode(ScriptedCaller.FileOffer);
                Encoding.ASCII.GetBytes("09").CopyTo(startFile, 157);
                await peer.SendExchangeBufferAsync(startFile);
                refusal = await peer.ReceiveAsync<StartFileNegativeAnswer>();

                // Our CD hands the turn over unasked; the responder has nothing to send and ends normally.
                await peer.SendAsync(ChangeDirection.Instance);
                received = await peer.ReceiveEndSessionAsync();
            });

        Assert.True(refusal?.Reason == StartFileNegativeReason.CipherSuiteNotSupported, $"the peer got SFNA {(int?)refusal?.Reason:D2}, 15 expected");
        Assert.True(received?.Reason == EndSessionReason.NormalTermination, $"the peer got ESID {(int?)received?.Reason:D2}, 00 expected");
        Expect.Normal(result, "responder");
        Expect.NotJournaled(server, "FileOffered SCRIPTED.BIN", "the application never saw the file it cannot open");
    }
}
