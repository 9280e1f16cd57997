using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Digest;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Status;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Connectors.Ota.Receiving;

/// <summary>
/// The OTA server endpoint, in the order of the reference's steps 8 to 14: Content-Length and size
/// checked from the headers, optional Digest authentication, the body read whole into a spool, the
/// transport protocol and version, the credentials against the accounts, then the flow's sink, which
/// recognises a duplicate MESSAGE_ID and commits the message before the 1000 answer is sent.
/// </summary>
internal sealed class OtaReceiverEndpoint
{
    private static readonly TimeSpan NonceLifetime = TimeSpan.FromMinutes(5);

    private readonly OtaReceiverProperties _properties;
    private readonly IMessageSink _sink;
    private readonly OtaAccounts _accounts;
    private readonly IOtaAuditLog _audit;
    private readonly string _spoolRoot;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly DigestServer? _digest;
    private readonly HashSet<string> _messageTypes;

    public OtaReceiverEndpoint(OtaReceiverProperties properties, IMessageSink sink, IOperationsStore operations, IOtaAuditLog audit, string spoolRoot, ILogger logger, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(properties);
        _properties = properties;
        _sink = sink;
        _accounts = new OtaAccounts(operations, properties.Accounts, logger);
        _audit = audit;
        _spoolRoot = spoolRoot;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
        _messageTypes = new HashSet<string>(properties.MessageTypes, StringComparer.OrdinalIgnoreCase);
        _digest = properties.RequireDigest
            ? new DigestServer(properties.DigestRealm, [DigestAlgorithm.Sha256, DigestAlgorithm.Md5], NonceLifetime, _clock)
            : null;
    }

    /// <summary>Fails when an account profile is missing, so the endpoint does not start without them.</summary>
    public void EnsureAccounts() => _accounts.EnsureKnown();

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var client = $"{context.Connection.RemoteIpAddress}:{context.Connection.RemotePort}";
        var audit = new OtaAuditRecord
        {
            AuditId = Guid.NewGuid().ToString("N"),
            Direction = OtaDirection.Inbound,
            Status = OtaAuditStatus.Refused,
            ContentLength = context.Request.ContentLength,
            ClientAddress = client,
            StartedAt = _clock.GetUtcNow(),
        };

        OtaAnswer answer;
        try
        {
            (answer, audit) = await ProcessAsync(context, audit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested || e is ConnectionResetException)
        {
            // The partner is gone, so there is no one to answer; with no 1000 it sends the message again.
            OtaReceiverLog.Abandoned(_logger, client, e.Message);
            await OtaAuditWriter.RecordAsync(_audit, audit with { Error = $"the partner closed the connection before the answer: {e.Message}", CompletedAt = _clock.GetUtcNow() }, _logger).ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            OtaReceiverLog.Failed(_logger, e, client);
            answer = OtaAnswer.Refuse(OtaStatusCodes.ServerError);
            audit = audit with { Error = e.Message };
        }

        if (answer.Status.Code != OtaStatusCodes.Ok.Code)
        {
            OtaReceiverLog.Refused(_logger, client, answer.Status.Code, answer.Description);
        }

        // The audit row is written before the answer, like every record the partner's verdict depends on.
        await OtaAuditWriter.RecordAsync(
            _audit,
            audit with
            {
                Status = answer.Status.Code != OtaStatusCodes.Ok.Code ? OtaAuditStatus.Refused : answer.IsDuplicate ? OtaAuditStatus.Duplicate : OtaAuditStatus.Accepted,
                ResultCode = answer.Status.Code,
                ResultText = answer.Description,
                ReceiptId = answer.ReceiptId,
                CompletedAt = _clock.GetUtcNow(),
            },
            _logger).ConfigureAwait(false);
        try
        {
            await OtaResponseWriter.WriteAsync(context.Response, answer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested || e is ConnectionResetException)
        {
            // The verdict stands and is recorded; the partner, gone, sends again and learns it then.
            OtaReceiverLog.Abandoned(_logger, client, e.Message);
        }
    }

    private async Task<(OtaAnswer Answer, OtaAuditRecord Audit)> ProcessAsync(HttpContext context, OtaAuditRecord audit, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (OtaPostChecks.BeforeBody(request, _properties.MaxContentBytes) is { } early)
        {
            return (early, audit);
        }

        // The size was checked against the Content-Length; the server must not cut the body shorter.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = request.ContentLength;
        }

        if (_digest is not null && Challenge(context) is { } challenge)
        {
            return (challenge, audit);
        }

        var spool = OtaInboundSpool.Create(_spoolRoot, request.ContentLength);
        await using (spool.ConfigureAwait(false))
        {
            var (read, refusal) = await OtaBodyReader.ReadAsync(request, spool, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                return (refusal, audit);
            }

            var envelope = read!.Envelope;
            audit = Describe(audit, envelope);
            if (OtaPostChecks.Transport(envelope, _messageTypes) is { } transportRefusal)
            {
                return (transportRefusal, audit);
            }

            var isAuth2 = string.Equals(envelope.RequestType, OtaRequestTypes.Auth2, StringComparison.OrdinalIgnoreCase);
            if (envelope.Username is not { } username || envelope.Password is not { } password)
            {
                return (OtaAnswer.Refuse(isAuth2 ? OtaStatusCodes.Auth2ParametersMissing : OtaStatusCodes.CredentialsMissing), audit);
            }

            if (_accounts.Authenticate(username, password) is not { } partner)
            {
                return (OtaAnswer.Refuse(isAuth2 ? OtaStatusCodes.Auth2Failed : OtaStatusCodes.AuthenticationFailed), audit);
            }

            audit = audit with { Partner = partner };
            if (isAuth2)
            {
                OtaReceiverLog.Authorized(_logger, partner, audit.ClientAddress!);
                return (OtaAnswer.Ok(null, "Credentials accepted"), audit);
            }

            if (envelope.MessageId is null)
            {
                return (OtaAnswer.Refuse(OtaStatusCodes.SendParametersMissing, "MESSAGE_ID is missing"), audit);
            }

            if (!read.HasPayload || read.PayloadBytes == 0)
            {
                return (OtaAnswer.Refuse(OtaStatusCodes.PayloadMissing), audit);
            }

            return (await DeliverAsync(new OtaInboundMessage(partner, envelope, read.PayloadContentType, read.Attachments), spool, read.PayloadBytes, audit.ClientAddress!, cancellationToken).ConfigureAwait(false), audit);
        }
    }

    private async Task<OtaAnswer> DeliverAsync(OtaInboundMessage message, OtaInboundSpool spool, long bytes, string client, CancellationToken cancellationToken)
    {
        SinkResult result;
        try
        {
            result = await OtaInboundDelivery.DeliverAsync(_sink, message, spool, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            OtaReceiverLog.StoreFailed(_logger, e, message.MessageId, message.Partner);
            return OtaAnswer.Refuse(OtaStatusCodes.DatabaseUnavailable, "The message could not be stored; send it again");
        }

        switch (result.Outcome)
        {
            case SinkOutcome.Committed:
                OtaReceiverLog.Accepted(_logger, message.MessageId, bytes, message.Attachments.Count, message.Partner, client, result.DeliveryId);
                return OtaAnswer.Ok(result.DeliveryId);
            case SinkOutcome.Duplicate:
                OtaReceiverLog.Duplicate(_logger, message.MessageId, message.Partner, client, result.DeliveryId);
                return OtaAnswer.Ok(result.DeliveryId, "Message already received") with { IsDuplicate = true };
            default:
                return OtaAnswer.Refuse(OtaStatusCodes.BadRequest, $"The flow refused the message: {result.Reason ?? "no reason given"}");
        }
    }

    /// <summary>The 401 answer when Digest credentials are missing or wrong; null when they verify.</summary>
    private OtaAnswer? Challenge(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        var verdict = _digest!.Verify(context.Request.Headers[HeaderNames.Authorization], context.Request.Method, target, _accounts.PasswordOf);
        return verdict.Outcome switch
        {
            DigestOutcome.Succeeded => null,
            DigestOutcome.Missing => Unauthorized(OtaStatusCodes.CredentialsMissing, "Digest authentication is required", stale: false),
            DigestOutcome.Stale => Unauthorized(OtaStatusCodes.AuthenticationFailed, "The Digest nonce has expired; answer the new challenge", stale: true),
            _ => Unauthorized(OtaStatusCodes.AuthenticationFailed, OtaStatusCodes.AuthenticationFailed.Description, stale: false),
        };
    }

    private OtaAnswer Unauthorized(OtaStatus status, string description, bool stale) =>
        new(StatusCodes.Status401Unauthorized, status, description) { Challenges = _digest!.Challenges(stale) };

    private static OtaAuditRecord Describe(OtaAuditRecord audit, OtaEnvelope envelope) => audit with
    {
        MessageId = envelope.MessageId,
        RequestType = envelope.RequestType,
        TransactionType = envelope.NonEmpty(OtaFieldNames.TransactionType),
        TransactionSubtype = envelope.NonEmpty(OtaFieldNames.TransactionSubtype),
        DocumentNumber = envelope.NonEmpty(OtaFieldNames.DocumentNumber),
        PartyId = envelope.NonEmpty(OtaFieldNames.PartyId),
        PartySiteId = envelope.NonEmpty(OtaFieldNames.PartySiteId),
        Username = envelope.Username,
        ProtocolType = envelope.NonEmpty(OtaFieldNames.ProtocolType),
        ProtocolAddress = envelope.NonEmpty(OtaFieldNames.ProtocolAddress),
    };
}
