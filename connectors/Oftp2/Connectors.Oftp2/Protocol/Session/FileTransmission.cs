using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Files;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>How the listener answered a file we sent.</summary>
internal enum FileTransmissionEnd
{
    /// <summary>SFNA: refused before its data.</summary>
    Refused,

    /// <summary>EFNA: refused after its data.</summary>
    Rejected,

    /// <summary>EFPA, the turn stays with us.</summary>
    Accepted,

    /// <summary>EFPA with EFPACD = Y: the listener wants the turn.</summary>
    AcceptedTurnRequested,
}

/// <summary>
/// Sends one file as speaker (RFC 5024 §4.3-§4.5; §9.10 and §9.11, states OPOP, OPO, OPOWFC and CLOP): SFID, then
/// DATA from the agreed restart position with at most <c>credit</c> buffers between two CDTs, then EFID with the
/// counts of the whole file.
/// </summary>
internal static class FileTransmission
{
    public static async Task<FileTransmissionEnd> SendAsync(SessionContext session, OutboundFile file)
    {
        var channel = session.Channel;
        var partner = session.Partner;
        var agreed = session.Agreed;
        var startFile = file.StartFile;

        // P1 of §9.10: a restart position needs restart agreed; without it the file starts over.
        if (startFile.RestartPosition > 0 && !agreed.Restart)
        {
            startFile = startFile with { RestartPosition = 0 };
        }

        var payload = await file.OpenPayload(session.Cancellation).ConfigureAwait(false);
        await using (payload.ConfigureAwait(false))
        {
            // Transition B, then K or L.
            await channel.SendAsync(startFile).ConfigureAwait(false);
            channel.State = SessionState.OPOP;
            var answer = await channel.ReceiveCommandAsync().ConfigureAwait(false);
            if (answer is StartFileNegativeAnswer refusal)
            {
                session.Logger.FileRefused(startFile, refusal);
                await partner.FileRefusedAsync(file, refusal, session.Cancellation).ConfigureAwait(false);
                return FileTransmissionEnd.Refused;
            }

            if (answer is not StartFilePositiveAnswer acceptance)
            {
                throw SessionErrors.Unexpected(answer.Code, channel.State);
            }

            // P2 of §9.10: the listener may lower the restart position, never raise it (§5.3.4 SFPAACNT).
            if (acceptance.AnswerCount > startFile.RestartPosition)
            {
                throw SessionErrors.Violation("SFPAACNT", $"answers restart position {acceptance.AnswerCount}, above the {startFile.RestartPosition} the SFID proposed");
            }

            session.SendingFile = true;
            session.Logger.FileSending(startFile, acceptance.AnswerCount);
            var records = VirtualFileEncoder.Create(payload, startFile.TransmissionFormat, startFile.MaximumRecordLength, acceptance.AnswerCount);
            await SendDataAsync(session, records).ConfigureAwait(false);

            // Transition A of §9.11: EFIDRCNT and EFIDUCNT count the whole file, "even during restart processing" (§5.3.8).
            var endFile = records.ToEndFile();
            await channel.SendAsync(endFile).ConfigureAwait(false);
            channel.State = SessionState.CLOP;
            var closing = await channel.ReceiveCommandAsync().ConfigureAwait(false);
            session.SendingFile = false;
            switch (closing)
            {
                case EndFilePositiveAnswer accepted:
                    session.FilesSent++;
                    session.Logger.FileSent(startFile, accepted, endFile);
                    await partner.FileEndedAsync(file, endFile, accepted, session.Cancellation).ConfigureAwait(false);
                    return accepted.ChangeDirectionRequested ? FileTransmissionEnd.AcceptedTurnRequested : FileTransmissionEnd.Accepted;
                case EndFileNegativeAnswer rejected:
                    session.Logger.FileSent(startFile, rejected, endFile);
                    await partner.FileEndedAsync(file, endFile, rejected, session.Cancellation).ConfigureAwait(false);
                    return FileTransmissionEnd.Rejected;
                default:
                    throw SessionErrors.Unexpected(closing.Code, channel.State);
            }
        }
    }

    // OPO and OPOWFC: the SFPA grants the first credit window (§4.4.1), each CDT the next. The buffers leave in
    // large writes; the channel flushes them only when it waits for the CDT.
    private static async Task SendDataAsync(SessionContext session, VirtualFileEncoder records)
    {
        var channel = session.Channel;
        var agreed = session.Agreed;
        var buffers = new DataBufferSource(records, agreed.BufferSize, agreed.BufferCompression);
        var credit = agreed.Credit;
        channel.State = SessionState.OPO;
        while (await buffers.MoveNextAsync(session.Cancellation).ConfigureAwait(false))
        {
            if (credit == 0)
            {
                await WaitForCreditAsync(channel).ConfigureAwait(false);
                credit = agreed.Credit;
            }

            await channel.SendDataAsync(buffers.Current).ConfigureAwait(false);
            credit--;
        }

        // Note 1 of §9.11: no EFID in OPOWFC; the listener sends the CDT after the last full window too.
        if (credit == 0)
        {
            await WaitForCreditAsync(channel).ConfigureAwait(false);
        }
    }

    // Transition O of §9.10; any other command in OPOWFC is a protocol error (C).
    private static async Task WaitForCreditAsync(SessionChannel channel)
    {
        channel.State = SessionState.OPOWFC;
        var command = await channel.ReceiveCommandAsync().ConfigureAwait(false);
        if (command is not SetCredit)
        {
            throw SessionErrors.Unexpected(command.Code, channel.State);
        }

        channel.State = SessionState.OPO;
    }
}
