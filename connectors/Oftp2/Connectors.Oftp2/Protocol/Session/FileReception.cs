using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// Receives one file as listener (RFC 5024 §4.3-§4.5; §9.12 states OPIP, OPI and CLIP): the application decides on
/// the SFID, DATA is decoded into its Stream with a CDT after every <c>credit</c> buffers, and at EFID the counts are
/// checked before the application commits the file and answers.
/// </summary>
internal static class FileReception
{
    /// <summary>Receives the file <paramref name="startFile"/> offers; true when our EFPA asked for the turn.</summary>
    public static async Task<bool> ReceiveAsync(SessionContext session, StartFile startFile)
    {
        var channel = session.Channel;
        var agreed = session.Agreed;

        // P1 of §9.12: a restart position without restart agreed, or a file for a side that only sends.
        if (!session.CanReceiveFiles)
        {
            throw SessionErrors.Violation("SFID", "this side only sends files in this session (SSIDSR)");
        }

        if (startFile.RestartPosition > 0 && !agreed.Restart)
        {
            throw SessionErrors.Violation("SFIDREST", "a restart position was sent, but restart was not agreed (SSIDREST)");
        }

        // Transition H.
        var decision = await session.Partner.FileOfferedAsync(startFile, session.Cancellation).ConfigureAwait(false);
        if (decision is InboundFileDecision.Refuse refusal)
        {
            await channel.SendAsync(new StartFileNegativeAnswer(refusal.Reason, refusal.RetryLater, refusal.Text)).ConfigureAwait(false);
            return false;
        }

        var acceptance = decision as InboundFileDecision.Accept
            ?? throw new InvalidOperationException("FileOfferedAsync must accept or refuse the file");
        CheckRestartPosition(startFile, acceptance, agreed);
        var file = new InboundFile(startFile, acceptance);
        var decoder = CreateDecoder(session.FileOutput, startFile, acceptance);
        await channel.SendAsync(new StartFilePositiveAnswer(acceptance.RestartPosition)).ConfigureAwait(false);
        session.Logger.FileReceiving(startFile, acceptance.RestartPosition);
        session.Inbound = file;

        var (endFile, failure) = await ReceiveDataAsync(session, decoder).ConfigureAwait(false);
        failure ??= Complete(decoder, endFile);

        // CLIP: what arrived goes to the application's Stream before it is asked to commit.
        await session.FileOutput.WriteAsync(session.Cancellation).ConfigureAwait(false);
        await acceptance.Output.FlushAsync(session.Cancellation).ConfigureAwait(false);
        session.Inbound = null;
        if (failure is { } reason)
        {
            var answer = new EndFileNegativeAnswer(reason, reason.Describe());
            await channel.SendAsync(answer).ConfigureAwait(false);
            session.Logger.FileReceived(startFile, answer.Code, endFile);
            await session.Partner.FileFailedAsync(file, answer, session.Cancellation).ConfigureAwait(false);
            return false;
        }

        // Transition K: answered only once the application committed the file.
        var verdict = await session.Partner.FileReceivedAsync(file, endFile, session.Cancellation).ConfigureAwait(false);
        switch (verdict)
        {
            case EndFileDecision.Accept accepted:
                await channel.SendAsync(new EndFilePositiveAnswer(accepted.WantTurn)).ConfigureAwait(false);
                session.FilesReceived++;
                session.Logger.FileReceived(startFile, CommandCode.EndFilePositiveAnswer, endFile);
                return accepted.WantTurn;
            case EndFileDecision.Refuse refused:
                await channel.SendAsync(new EndFileNegativeAnswer(refused.Reason, refused.Text)).ConfigureAwait(false);
                session.Logger.FileReceived(startFile, CommandCode.EndFileNegativeAnswer, endFile);
                return false;
            default:
                throw new InvalidOperationException("FileReceivedAsync must accept or refuse the file");
        }
    }

    // OPI (§9.12 transition I): DATA until the EFID (J). A record that breaks the format refuses the file at its end
    // (EFNA), so the data still flows, and still earns credit, until then.
    private static async Task<(EndFile EndFile, EndFileNegativeReason? Failure)> ReceiveDataAsync(SessionContext session, VirtualFileDecoder decoder)
    {
        var channel = session.Channel;
        var agreed = session.Agreed;
        var output = session.FileOutput;
        var credit = agreed.Credit;
        EndFileNegativeReason? failure = null;
        channel.State = SessionState.OPI;
        while (true)
        {
            var exchangeBuffer = await channel.ReceiveAsync().ConfigureAwait(false);
            if (exchangeBuffer.Span[0] != (byte)CommandCode.Data)
            {
                var command = channel.Decode(exchangeBuffer.Span);
                return command is EndFile endFile ? (endFile, failure) : throw SessionErrors.Unexpected(command.Code, channel.State);
            }

            if (exchangeBuffer.Length > agreed.BufferSize)
            {
                throw SessionErrors.DataBufferTooLarge(exchangeBuffer.Length, agreed.BufferSize);
            }

            failure ??= Write(decoder, exchangeBuffer.Span, agreed.BufferCompression);
            await output.WriteIfFullAsync(session.Cancellation).ConfigureAwait(false);

            // P7: the window is used up, so restore it (action 8), after handing the data on (Note 1).
            if (--credit == 0)
            {
                await output.WriteAsync(session.Cancellation).ConfigureAwait(false);
                await channel.SendAsync(SetCredit.Instance).ConfigureAwait(false);
                await channel.FlushAsync().ConfigureAwait(false);
                credit = agreed.Credit;
            }
        }
    }

    private static EndFileNegativeReason? Write(VirtualFileDecoder decoder, ReadOnlySpan<byte> exchangeBuffer, bool compression)
    {
        try
        {
            decoder.Write(exchangeBuffer, compression);
            return null;
        }
        catch (VirtualFileRecordException e)
        {
            return e.EndFileAnswer;
        }
    }

    // The EFID counts against what arrived (§5.3.8), and a file must not end inside a record.
    private static EndFileNegativeReason? Complete(VirtualFileDecoder decoder, EndFile endFile)
    {
        try
        {
            decoder.Complete();
        }
        catch (VirtualFileRecordException e)
        {
            return e.EndFileAnswer;
        }

        return decoder.Verify(endFile);
    }

    // P4 of §9.12: the answer count may not exceed the SFID's, and is zero without restart (§5.3.4).
    private static void CheckRestartPosition(StartFile startFile, InboundFileDecision.Accept acceptance, NegotiatedSession agreed)
    {
        ArgumentNullException.ThrowIfNull(acceptance.Output);
        if (acceptance.RestartPosition < 0 || acceptance.RestartPosition > startFile.RestartPosition || (acceptance.RestartPosition > 0 && !agreed.Restart))
        {
            throw new InvalidOperationException(
                $"FileOfferedAsync accepted {startFile.DatasetName} from restart position {acceptance.RestartPosition}; it must lie between 0 and the SFID's {startFile.RestartPosition} (RFC 5024 §5.3.4)");
        }
    }

    // After a restart the decoder carries on from the counts of what was kept (§1.5.4): records for F and V, 1K
    // blocks for U and T. A V file's octets are not given by its record count: they are read from where the
    // application positioned its Stream, less the two-octet length before each record (§6.5).
    private static VirtualFileDecoder CreateDecoder(StreamBufferWriter output, StartFile startFile, InboundFileDecision.Accept acceptance)
    {
        output.Attach(acceptance.Output);
        var format = startFile.TransmissionFormat;
        var position = acceptance.RestartPosition;
        long records = 0;
        long units = 0;
        if (position > 0)
        {
            (records, units) = format switch
            {
                VirtualFileFormat.Fixed => (position, checked(position * startFile.MaximumRecordLength)),
                VirtualFileFormat.Variable => (position, KeptVariableOctets(acceptance.Output, position)),
                _ => (0L, RestartCount.BlocksToOctets(position)),
            };
        }

        return VirtualFileDecoder.Create(output, format, startFile.MaximumRecordLength, records, units);
    }

    private static long KeptVariableOctets(Stream output, long records) =>
        output.CanSeek
            ? output.Position - (records * 2)
            : throw new InvalidOperationException("restarting a V file needs a seekable Output positioned after the kept records");
}
