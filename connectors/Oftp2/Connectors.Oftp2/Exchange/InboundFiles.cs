using System.Buffers.Binary;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Sdk.Hosting.Files;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Files a partner sends us. Data goes to a partial file kept across sessions, so an interrupted file
/// restarts where it stopped; at its end the file is handed to the flow's sink, and only once the sink
/// has committed it — and the EERP it earns is owed durably — does the partner get its EFPA. A file the
/// inbox already holds (same name, date, time, origin and destination) is taken in and acknowledged again,
/// never delivered twice.
/// </summary>
internal sealed class InboundFiles(
    IStateStore state,
    IMessageSink sink,
    string partner,
    string localCode,
    OwedResponses responses,
    ILogger logger)
{
    private const int CopyBufferSize = 1 << 20;
    private readonly Dictionary<InboundFile, Receipt> _open = new();

    public async ValueTask<InboundFileDecision> OfferedAsync(StartFile startFile, bool restartAgreed, CancellationToken cancellationToken)
    {
        var name = startFile.DatasetName.Trim();
        if (SafeFileName.Problem(name) is { } problem)
        {
            logger.LogWarning("Refused file '{File}' from {Partner}: {Problem}", name, partner, problem);
            return new InboundFileDecision.Refuse(StartFileNegativeReason.InvalidFilename, "invalid file name");
        }

        if (!string.Equals(startFile.Destination.Trim(), localCode, StringComparison.Ordinal))
        {
            return new InboundFileDecision.Refuse(StartFileNegativeReason.InvalidDestination, "unknown destination");
        }

        var key = VirtualFileKey.Of(startFile);
        var earlier = await state.Inbox.FindAsync(Oftp2Channels.Inbox, partner, key.ToString(), cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            // The partner did not get our EFPA last time; take the file in again and answer as before.
            logger.LogInformation("File {File} from {Partner} was delivered before as {DeliveryId}; acknowledging it again", key, partner, earlier.DeliveryId);
            var discard = new InboundFileDecision.Accept(0, Stream.Null);
            _open[new InboundFile(startFile, discard)] = new Receipt(key, null, Duplicate: true);
            return discard;
        }

        var partialPath = PartialPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(partialPath)!);
        var output = new FileStream(partialPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, CopyBufferSize, FileOptions.Asynchronous);
        var format = startFile.TransmissionFormat;
        var available = await AvailablePositionAsync(output, format, startFile.MaximumRecordLength, cancellationToken).ConfigureAwait(false);
        var position = RestartCount.Answer(startFile.RestartPosition, available, restartAgreed);
        var offset = await RestartCount.FindLocalOffsetAsync(output, format, startFile.MaximumRecordLength, position, cancellationToken).ConfigureAwait(false);
        output.SetLength(offset);
        output.Position = offset;
        if (position > 0)
        {
            logger.LogInformation("Restarting file {File} from {Partner} at position {Position} ({Offset} octets kept)", key, partner, position, offset);
        }

        var accept = new InboundFileDecision.Accept(position, output);
        _open[new InboundFile(startFile, accept)] = new Receipt(key, partialPath, Duplicate: false);
        return accept;
    }

    public async ValueTask<EndFileDecision> ReceivedAsync(InboundFile file, CancellationToken cancellationToken)
    {
        var receipt = Take(file);
        if (receipt.Duplicate)
        {
            await responses.OweAsync(receipt.Key, EndToEndResponseFor(file.StartFile), cancellationToken).ConfigureAwait(false);
            return new EndFileDecision.Accept();
        }

        var output = (FileStream)file.Decision.Output;
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        output.Flush(flushToDisk: true);
        await output.DisposeAsync().ConfigureAwait(false);

        SinkResult result;
        await using (var payload = new FileStream(receipt.PartialPath!, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            result = await sink.AcceptAsync(new ConnectorMessage(payload, HeadersOf(file.StartFile, receipt.Key)), cancellationToken).ConfigureAwait(false);
        }

        OdetteCommand response = result.Outcome == SinkOutcome.Refused
            ? NegativeResponseFor(file.StartFile, result.Reason ?? "refused by the receiving flow")
            : EndToEndResponseFor(file.StartFile);
        await responses.OweAsync(receipt.Key, response, cancellationToken).ConfigureAwait(false);
        File.Delete(receipt.PartialPath!);
        logger.LogInformation(
            "Received file {File} from {Partner}: {Outcome} {DeliveryId}",
            receipt.Key,
            partner,
            result.Outcome,
            result.DeliveryId ?? result.Reason);
        return new EndFileDecision.Accept();
    }

    public async ValueTask InterruptedAsync(InboundFile file)
    {
        var receipt = Take(file);
        if (!receipt.Duplicate)
        {
            // What arrived stays on disk: the partner's next SFID for this file restarts from it.
            await file.Decision.Output.FlushAsync().ConfigureAwait(false);
            await file.Decision.Output.DisposeAsync().ConfigureAwait(false);
            logger.LogInformation("File {File} from {Partner} was interrupted; kept for a restart", receipt.Key, partner);
        }
    }

    private Receipt Take(InboundFile file)
    {
        if (!_open.Remove(file, out var receipt))
        {
            throw new InvalidOperationException($"no file {file.StartFile.DatasetName} is being received");
        }

        return receipt;
    }

    private string PartialPath(VirtualFileKey key) =>
        Path.Combine(state.SpoolDirectory, "oftp2", "partial", key.Digest() + ".part");

    // How far a partial file reaches in the unit restart positions count: records for F and V, 1K blocks otherwise.
    private static async ValueTask<long> AvailablePositionAsync(FileStream partial, VirtualFileFormat format, int recordLength, CancellationToken cancellationToken)
    {
        var length = partial.Length;
        switch (format)
        {
            case VirtualFileFormat.Fixed:
                return recordLength > 0 ? length / recordLength : 0;
            case VirtualFileFormat.Variable:
                return await CompleteVariableRecordsAsync(partial, cancellationToken).ConfigureAwait(false);
            default:
                return length / StartFile.BlockSize;
        }
    }

    private static async ValueTask<long> CompleteVariableRecordsAsync(FileStream partial, CancellationToken cancellationToken)
    {
        var prefix = new byte[2];
        long offset = 0;
        long records = 0;
        while (offset + 2 <= partial.Length)
        {
            partial.Position = offset;
            await partial.ReadExactlyAsync(prefix, cancellationToken).ConfigureAwait(false);
            var next = offset + 2 + BinaryPrimitives.ReadUInt16BigEndian(prefix);
            if (next > partial.Length)
            {
                break;
            }

            offset = next;
            records++;
        }

        return records;
    }

    private EndToEndResponse EndToEndResponseFor(StartFile startFile) => new()
    {
        DatasetName = startFile.DatasetName,
        Timestamp = startFile.Timestamp,
        Destination = startFile.Originator,
        Originator = localCode,
    };

    private NegativeEndResponse NegativeResponseFor(StartFile startFile, string reason) => new()
    {
        DatasetName = startFile.DatasetName,
        Timestamp = startFile.Timestamp,
        Destination = startFile.Originator,
        Originator = localCode,
        Creator = localCode,
        Reason = NegativeEndResponseReason.FileProcessingFailed,
        ReasonText = reason.Length > 999 ? reason[..999] : reason,
    };

    private MessageHeaders HeadersOf(StartFile startFile, VirtualFileKey key) => new()
    {
        FileName = key.DatasetName,
        Description = string.IsNullOrEmpty(startFile.Description) ? null : startFile.Description,
        Partner = partner,
        DuplicateKey = key.ToString(),
        Extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["oftp2.timestamp"] = ResponseFields.Format(startFile.Timestamp),
            ["oftp2.originator"] = key.Originator,
            ["oftp2.destination"] = key.Destination,
            ["oftp2.format"] = startFile.Format.ToString(),
            ["oftp2.recordLength"] = startFile.MaximumRecordLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["oftp2.userData"] = startFile.UserData,
        },
    };

    private sealed record Receipt(VirtualFileKey Key, string? PartialPath, bool Duplicate);
}
