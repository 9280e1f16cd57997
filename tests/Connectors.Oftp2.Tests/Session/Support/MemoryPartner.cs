using System.Buffers.Binary;
using System.Collections.Concurrent;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>
/// The application side of a session, in memory: files to send and files received, EERPs owed and EERPs received,
/// and a journal of every callback in the order the session made them. A file interrupted in reception is kept, and
/// the next SFID for it restarts from its last complete 1K block or record.
/// </summary>
internal sealed class MemoryPartner : ISessionPartner
{
    private readonly ConcurrentQueue<OutboundFile> _outbox = new();
    private readonly ConcurrentQueue<OutboundResponse> _responsesOwed = new();
    private readonly Dictionary<string, MemoryStream> _partial = new(StringComparer.Ordinal);
    private readonly List<string> _journal = [];

    public MemoryPartner(string code, string password)
    {
        Code = code;
        Password = password;
    }

    public string Code { get; }

    public string Password { get; }

    /// <summary>The SSID password the responder must show, checked by <see cref="VerifyResponderAsync"/>; null accepts any.</summary>
    public string? ExpectedResponderPassword { get; set; }

    public ISecureAuthentication? SecureAuthentication { get; set; }

    /// <summary>Answers an SFID before the default acceptance; null accepts.</summary>
    public Func<StartFile, InboundFileDecision?>? OnOffer { get; set; }

    /// <summary>Answers a complete file before the default acceptance; null accepts.</summary>
    public Func<InboundFile, EndFile, EndFileDecision?>? OnReceived { get; set; }

    /// <summary>Whether a received file earns an EERP, sent when this side next speaks.</summary>
    public bool AcknowledgeReceivedFiles { get; set; } = true;

    public NegotiatedSession? Negotiated { get; private set; }

    /// <summary>Files received completely, by dataset name.</summary>
    public ConcurrentDictionary<string, ReceivedFile> Received { get; } = new(StringComparer.Ordinal);

    /// <summary>EERPs and NERPs the partner sent us.</summary>
    public ConcurrentQueue<OdetteCommand> ResponsesReceived { get; } = new();

    /// <summary>How each file we sent ended: SFNA, EFPA or EFNA, by dataset name.</summary>
    public ConcurrentDictionary<string, OdetteCommand> SendResults { get; } = new(StringComparer.Ordinal);

    /// <summary>The SFPA restart position each received file started from.</summary>
    public ConcurrentDictionary<string, long> AcceptedFrom { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Journal
    {
        get
        {
            lock (_journal)
            {
                return [.. _journal];
            }
        }
    }

    public int FilesQueued => _outbox.Count;

    /// <summary>Queues a file for the next turn as speaker.</summary>
    public OutboundFile Send(string datasetName, byte[] content, string destination, VirtualFileFormat format = VirtualFileFormat.Unstructured, int recordLength = 0, long restartPosition = 0)
    {
        var startFile = new StartFile
        {
            DatasetName = datasetName,
            Timestamp = VirtualFileTimestamp.From(new DateTime(2026, 11, 22, 11, 13, 13, DateTimeKind.Utc)),
            Destination = destination,
            Originator = Code,
            Format = format,
            MaximumRecordLength = recordLength,
            FileSize = StartFile.BlocksFor(content.Length),
            OriginalFileSize = StartFile.BlocksFor(content.Length),
            RestartPosition = restartPosition,
        };
        return Send(startFile, content);
    }

    public OutboundFile Send(StartFile startFile, byte[] content) =>
        Send(new OutboundFile(startFile, _ => ValueTask.FromResult<Stream>(new MemoryStream(content, writable: false)), startFile.DatasetName));

    public OutboundFile Send(OutboundFile file)
    {
        _outbox.Enqueue(file);
        return file;
    }

    /// <summary>Queues an EERP or NERP for the next turn as speaker.</summary>
    public void Owe(OdetteCommand response) => _responsesOwed.Enqueue(new OutboundResponse(response, response));

    /// <summary>What arrived of a file whose reception was interrupted.</summary>
    public byte[]? PartialContent(string datasetName)
    {
        lock (_partial)
        {
            return _partial.TryGetValue(datasetName, out var partial) ? partial.ToArray() : null;
        }
    }

    public ValueTask<EndSessionReason?> VerifyResponderAsync(StartSession responderStartSession, CancellationToken cancellationToken)
    {
        Record($"VerifyResponder {responderStartSession.IdentificationCode}");
        var refused = ExpectedResponderPassword is not null && responderStartSession.Password != ExpectedResponderPassword;
        return ValueTask.FromResult<EndSessionReason?>(refused ? EndSessionReason.InvalidPassword : null);
    }

    public ValueTask SessionStartedAsync(NegotiatedSession session, CancellationToken cancellationToken)
    {
        Negotiated = session;
        Record("SessionStarted");
        return ValueTask.CompletedTask;
    }

    public ValueTask<OutboundResponse?> NextResponseAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_responsesOwed.TryDequeue(out var response) ? response : null);

    public ValueTask ResponseDeliveredAsync(OutboundResponse response, CancellationToken cancellationToken)
    {
        Record($"ResponseDelivered {response.Command.Code.GetName()} {DatasetNameOf(response.Command)}");
        return ValueTask.CompletedTask;
    }

    public ValueTask<OutboundFile?> NextFileAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_outbox.TryDequeue(out var file) ? file : null);

    public ValueTask FileRefusedAsync(OutboundFile file, StartFileNegativeAnswer answer, CancellationToken cancellationToken)
    {
        SendResults[file.StartFile.DatasetName] = answer;
        Record($"FileRefused {file.StartFile.DatasetName} {(int)answer.Reason:D2}");
        return ValueTask.CompletedTask;
    }

    public ValueTask FileEndedAsync(OutboundFile file, EndFile endFile, OdetteCommand answer, CancellationToken cancellationToken)
    {
        SendResults[file.StartFile.DatasetName] = answer;
        Record($"FileEnded {file.StartFile.DatasetName} {answer.Code.GetName()}");
        return ValueTask.CompletedTask;
    }

    public ValueTask<InboundFileDecision> FileOfferedAsync(StartFile startFile, CancellationToken cancellationToken)
    {
        Record($"FileOffered {startFile.DatasetName}");
        if (OnOffer?.Invoke(startFile) is { } decision)
        {
            return ValueTask.FromResult(decision);
        }

        lock (_partial)
        {
            if (!_partial.TryGetValue(startFile.DatasetName, out var output))
            {
                output = new MemoryStream();
                _partial[startFile.DatasetName] = output;
            }

            var position = RestartCount.Answer(startFile.RestartPosition, RestartPositionOf(startFile, output), Negotiated?.Restart ?? false);
            output.SetLength(LocalOffset(startFile, output, position));
            output.Position = output.Length;
            AcceptedFrom[startFile.DatasetName] = position;
            return ValueTask.FromResult<InboundFileDecision>(new InboundFileDecision.Accept(position, output));
        }
    }

    public ValueTask<EndFileDecision> FileReceivedAsync(InboundFile file, EndFile endFile, CancellationToken cancellationToken)
    {
        var name = file.StartFile.DatasetName;
        Record($"FileReceived {name}");
        if (OnReceived?.Invoke(file, endFile) is { } decision)
        {
            return ValueTask.FromResult(decision);
        }

        lock (_partial)
        {
            _partial.Remove(name);
        }

        Received[name] = new ReceivedFile(file.StartFile, endFile, ((MemoryStream)file.Decision.Output).ToArray());
        if (AcknowledgeReceivedFiles)
        {
            Owe(new EndToEndResponse
            {
                DatasetName = name,
                Timestamp = file.StartFile.Timestamp,
                Destination = file.StartFile.Originator,
                Originator = Code,
            });
        }

        // Ask for the turn when there is something to send, as the interop partner does.
        return ValueTask.FromResult<EndFileDecision>(new EndFileDecision.Accept(WantTurn: !_responsesOwed.IsEmpty || !_outbox.IsEmpty));
    }

    public ValueTask FileInterruptedAsync(InboundFile file, CancellationToken cancellationToken)
    {
        Record($"FileInterrupted {file.StartFile.DatasetName}");
        return ValueTask.CompletedTask;
    }

    public ValueTask FileFailedAsync(InboundFile file, EndFileNegativeAnswer answer, CancellationToken cancellationToken)
    {
        lock (_partial)
        {
            _partial.Remove(file.StartFile.DatasetName);
        }

        Record($"FileFailed {file.StartFile.DatasetName} {(int)answer.Reason:D2}");
        return ValueTask.CompletedTask;
    }

    public ValueTask ResponseReceivedAsync(OdetteCommand response, CancellationToken cancellationToken)
    {
        ResponsesReceived.Enqueue(response);
        Record($"ResponseReceived {response.Code.GetName()} {DatasetNameOf(response)}");
        return ValueTask.CompletedTask;
    }

    // What a restart can build on: complete records for F and V, complete 1K blocks for U and T (§1.5.4).
    private static long RestartPositionOf(StartFile startFile, MemoryStream kept) => startFile.TransmissionFormat switch
    {
        VirtualFileFormat.Fixed => kept.Length / startFile.MaximumRecordLength,
        VirtualFileFormat.Variable => CompleteVariableRecords(kept.GetBuffer().AsSpan(0, (int)kept.Length)),
        _ => RestartCount.ForReceived(startFile.TransmissionFormat, 0, kept.Length),
    };

    private static long CompleteVariableRecords(ReadOnlySpan<byte> kept)
    {
        long records = 0;
        while (kept.Length >= 2 && kept.Length >= 2 + BinaryPrimitives.ReadUInt16BigEndian(kept))
        {
            kept = kept[(2 + BinaryPrimitives.ReadUInt16BigEndian(kept))..];
            records++;
        }

        return records;
    }

    private static long LocalOffset(StartFile startFile, MemoryStream kept, long position) =>
        RestartCount.FindLocalOffsetAsync(kept, startFile.TransmissionFormat, startFile.MaximumRecordLength, position).AsTask().GetAwaiter().GetResult();

    private static string DatasetNameOf(OdetteCommand response) => response switch
    {
        EndToEndResponse eerp => eerp.DatasetName,
        NegativeEndResponse nerp => nerp.DatasetName,
        _ => "?",
    };

    private void Record(string entry)
    {
        lock (_journal)
        {
            _journal.Add(entry);
        }
    }
}

/// <summary>A file received completely, as the session delivered it.</summary>
internal sealed record ReceivedFile(StartFile StartFile, EndFile EndFile, byte[] Content);
