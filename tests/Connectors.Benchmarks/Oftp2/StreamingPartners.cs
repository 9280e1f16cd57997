using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Benchmarks.Oftp2;

/// <summary>
/// The two sides of a protocol-only transfer: one offers a single U file read from a stream, the other
/// accepts it into <see cref="Stream.Null"/>. No disk, no state store: what is left is the session engine,
/// the codec and the socket.
/// </summary>
internal sealed class StreamingPartners(long size, Func<Stream> openPayload)
{
    public const string SenderCode = "O0013000000BENCHSEND";
    public const string ReceiverCode = "O0013000000BENCHRECV";

    public SessionOffer SenderOffer { get; } = Offer(SenderCode);

    public ISessionPartner Sender => new SendingSide(size, openPayload);

    public ICallerDirectory Receiver => new ReceivingDirectory();

    private static SessionOffer Offer(string code) => new() { IdentificationCode = code, Password = "BENCHPW", BufferSize = 99999, Credit = 999 };

    private abstract class QuietPartner : ISessionPartner
    {
        public ISecureAuthentication? SecureAuthentication => null;

        public ValueTask<EndSessionReason?> VerifyResponderAsync(StartSession responderStartSession, CancellationToken cancellationToken) => ValueTask.FromResult<EndSessionReason?>(null);

        public ValueTask SessionStartedAsync(NegotiatedSession session, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<OutboundResponse?> NextResponseAsync(CancellationToken cancellationToken) => ValueTask.FromResult<OutboundResponse?>(null);

        public ValueTask ResponseDeliveredAsync(OutboundResponse response, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public virtual ValueTask<OutboundFile?> NextFileAsync(CancellationToken cancellationToken) => ValueTask.FromResult<OutboundFile?>(null);

        public ValueTask FileRefusedAsync(OutboundFile file, StartFileNegativeAnswer answer, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"the benchmark file was refused: SFNA {answer.Reason}");

        public ValueTask FileEndedAsync(OutboundFile file, EndFile endFile, OdetteCommand answer, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<InboundFileDecision> FileOfferedAsync(StartFile startFile, CancellationToken cancellationToken) =>
            ValueTask.FromResult<InboundFileDecision>(new InboundFileDecision.Accept(0, Stream.Null));

        public ValueTask<EndFileDecision> FileReceivedAsync(InboundFile file, EndFile endFile, CancellationToken cancellationToken) =>
            ValueTask.FromResult<EndFileDecision>(new EndFileDecision.Accept());

        public ValueTask FileInterruptedAsync(InboundFile file, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask ResponseReceivedAsync(OdetteCommand response, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class SendingSide(long size, Func<Stream> openPayload) : QuietPartner
    {
        private bool _offered;

        public override ValueTask<OutboundFile?> NextFileAsync(CancellationToken cancellationToken)
        {
            if (_offered)
            {
                return ValueTask.FromResult<OutboundFile?>(null);
            }

            _offered = true;
            var startFile = new StartFile
            {
                DatasetName = "BENCHMARK.BIN",
                Timestamp = VirtualFileTimestamp.From(DateTime.UtcNow),
                Destination = ReceiverCode,
                Originator = SenderCode,
                FileSize = StartFile.BlocksFor(size),
                OriginalFileSize = StartFile.BlocksFor(size),
            };
            return ValueTask.FromResult<OutboundFile?>(new OutboundFile(startFile, _ => ValueTask.FromResult(openPayload())));
        }
    }

    private sealed class ReceivingSide : QuietPartner;

    private sealed class ReceivingDirectory : ICallerDirectory
    {
        public ValueTask<CallerAdmission> AdmitAsync(StartSession callerStartSession, CancellationToken cancellationToken) =>
            ValueTask.FromResult<CallerAdmission>(new CallerAdmission.Admit(Offer(ReceiverCode), new ReceivingSide()));
    }
}
