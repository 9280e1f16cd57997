using System.Buffers.Binary;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Security;
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
/// never delivered twice. The partner's security agreement is checked at the SFID (<see cref="InboundFilePolicy"/>);
/// a file that travels as CMS is opened at its end, before the sink sees it, and refused with EFNA 21-23 when it
/// cannot be (RFC 5024 §5.3.10): nothing reaches the flow, and the partner, which keeps its file, knows why.
/// </summary>
internal sealed class InboundFiles(
    IStateStore state,
    IMessageSink sink,
    string partner,
    string localCode,
    Oftp2SecuritySettings agreement,
    ProfileCertificates certificates,
    OwedResponses responses,
    ILogger logger)
{
    private const int CopyBufferSize = 1 << 20;
    private const int ReasonTextLimit = 999;
    private readonly Dictionary<InboundFile, Receipt> _open = new();
    private readonly ResponseSigning _signing = new(certificates, partner, logger);

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

        if (InboundFilePolicy.Check(startFile, agreement, certificates) is { } refusal)
        {
            logger.LogWarning("Refused file '{File}' from {Partner} with SFNA {Reason}: {Text}", name, partner, (int)refusal.Reason, refusal.Text);
            return refusal;
        }

        var key = VirtualFileKey.Of(startFile);
        var earlier = await state.Inbox.FindAsync(Oftp2Channels.Inbox, partner, key.ToString(), cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            // The partner did not get our EFPA last time; take the file in again and answer as before.
            logger.LogInformation("File {File} from {Partner} was delivered before as {DeliveryId}; acknowledging it again", key, partner, earlier.DeliveryId);
            // Its data is hashed and dropped: a signed EERP repeats the hash of the file as transmitted.
            var discard = new InboundFileDecision.Accept(0, HashesTransmittedFile(startFile) ? new HashingStream(Stream.Null, CipherSuiteAlgorithms.Of(startFile.CipherSuite).Digest) : Stream.Null);
            _open[new InboundFile(startFile, discard)] = new Receipt(key, null, Duplicate: true);
            return discard;
        }

        var partialPath = PartialPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(partialPath)!);
        FileStream output;
        try
        {
            // Not shared: on Linux only an exclusive open is enforced between handles (as a lock), and a
            // partner reconnecting while the session it lost still writes here must not write here too.
            output = new FileStream(partialPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, CopyBufferSize, FileOptions.Asynchronous);
        }
        catch (IOException)
        {
            // The session that was cut has not let go of the file yet: the partner tries again shortly and
            // restarts from what that session kept.
            logger.LogInformation("File {File} from {Partner} is still held by an earlier session; asked to retry later", key, partner);
            return new InboundFileDecision.Refuse(StartFileNegativeReason.AccessMethodFailure, "the file is still being received in another session", RetryLater: true);
        }

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
        var startFile = file.StartFile;
        if (receipt.Duplicate)
        {
            var hash = file.Decision.Output is HashingStream hashing ? hashing.GetHash() : [];
            await responses.OweAsync(receipt.Key, _signing.Sign(EndToEndResponseFor(startFile), startFile, hash), cancellationToken).ConfigureAwait(false);
            return new EndFileDecision.Accept();
        }

        var output = (FileStream)file.Decision.Output;
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        output.Flush(flushToDisk: true);
        await output.DisposeAsync().ConfigureAwait(false);

        ReceivedContent content;
        try
        {
            content = await ContentOfAsync(startFile, receipt.PartialPath!, cancellationToken).ConfigureAwait(false);
        }
        catch (FileSecurityException e)
        {
            // Kept, the partial file would be restarted from; the partner sends the whole file again if it can.
            File.Delete(receipt.PartialPath!);
            logger.LogWarning("Refused file {File} from {Partner} with EFNA {Reason}: {Problem}", receipt.Key, partner, (int)e.EndFileReason, e.Message);
            return new EndFileDecision.Refuse(e.EndFileReason, WithinReasonTextLimit(e.Message));
        }

        try
        {
            SinkResult result;
            await using (var payload = new FileStream(content.Path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan))
            {
                var message = new ConnectorMessage(payload, HeadersOf(startFile, receipt.Key, content.Security)) { SpooledFile = content.Path };
                result = await sink.AcceptAsync(message, cancellationToken).ConfigureAwait(false);
            }

            OdetteCommand response = result.Outcome == SinkOutcome.Refused
                ? _signing.Sign(NegativeResponseFor(startFile, result.Reason ?? "refused by the receiving flow"), startFile, content.TransmittedHash)
                : _signing.Sign(EndToEndResponseFor(startFile), startFile, content.TransmittedHash);
            await responses.OweAsync(receipt.Key, response, cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Received file {File} from {Partner}: {Outcome} {DeliveryId}",
                receipt.Key,
                partner,
                result.Outcome,
                result.DeliveryId ?? result.Reason);
        }
        finally
        {
            // An opened file's plain copy never outlives this call; the partial file stays for a restart until the end.
            if (content.Security is not null)
            {
                File.Delete(content.Path);
            }
        }

        // Gone already when the sink moved it into place.
        File.Delete(receipt.PartialPath!);
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

    /// <summary>
    /// The file the flow gets, and the hash of the file as transmitted for a signed response: a CMS file opened into
    /// a second spool file, any other the partial file itself.
    /// </summary>
    private async Task<ReceivedContent> ContentOfAsync(StartFile startFile, string partialPath, CancellationToken cancellationToken)
    {
        if (!SecuredFileOpening.IsEnveloped(startFile))
        {
            var hash = HashesTransmittedFile(startFile)
                ? await TransmittedHash.OfFileAsync(partialPath, startFile.CipherSuite, cancellationToken).ConfigureAwait(false)
                : [];
            return new ReceivedContent(partialPath, hash, null);
        }

        var plainPath = Path.ChangeExtension(partialPath, ".plain");
        var opened = await SecuredFileOpening.OpenAsync(partialPath, plainPath, startFile, agreement, certificates, cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Opened file {File} from {Partner}: {Transmitted} octets as transmitted, {Plain} plain; encrypted {Encrypted}, compressed {Compressed}, signed by {Signers}",
            startFile.DatasetName.Trim(),
            partner,
            opened.TransmittedLength,
            opened.PlainLength,
            opened.WasEncrypted,
            opened.WasCompressed,
            opened.WasSigned ? string.Join("; ", opened.Signers.Select(s => s.Certificate.Subject)) : "nobody");
        return new ReceivedContent(plainPath, opened.TransmittedHash, opened);
    }

    // EFNAREAST holds at most 999 octets of UTF-8 (RFC 5024 §5.3.10); a certificate's subject may take several per character.
    private static string WithinReasonTextLimit(string text)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(text) > ReasonTextLimit)
        {
            text = text[..^1];
        }

        return text;
    }

    private static bool HashesTransmittedFile(StartFile startFile) =>
        startFile.SignedResponseRequested && CipherSuiteAlgorithms.TryOf(startFile.CipherSuite, out _);

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

    private MessageHeaders HeadersOf(StartFile startFile, VirtualFileKey key, UnwrapResult? security) => new()
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
            ["oftp2.cipherSuite"] = ((int)startFile.CipherSuite).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            ["oftp2.encrypted"] = security?.WasEncrypted == true ? "true" : "false",
            ["oftp2.compressed"] = security?.WasCompressed == true ? "true" : "false",
            ["oftp2.signedBy"] = security?.WasSigned == true ? string.Join("; ", security.Signers.Select(s => s.Certificate.Subject)) : "",
        },
    };

    /// <summary>What the flow gets: <paramref name="Path"/> holds the plain file.</summary>
    private sealed record ReceivedContent(string Path, ReadOnlyMemory<byte> TransmittedHash, UnwrapResult? Security);

    private sealed record Receipt(VirtualFileKey Key, string? PartialPath, bool Duplicate);
}
