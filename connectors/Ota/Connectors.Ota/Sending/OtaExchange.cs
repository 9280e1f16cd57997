using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Digest;
using Connectors.Ota.Protocol.Status;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Timeouts;

namespace Connectors.Ota.Sending;

/// <summary>
/// One attempt: post the body, answer a Digest challenge once if the server asks, read the verdict.
/// Every wait is bounded by the profile's timeouts and ends at once when the caller cancels; network
/// failures become <see cref="ConnectorException"/>s that say whether trying again can help.
/// </summary>
internal sealed class OtaExchange(OtaHttpClients clients)
{
    private const int LongestAnswerBody = 64 * 1024;

    /// <summary>
    /// Posts the body <paramref name="content"/> builds (anew for a second round) and classifies the
    /// answer. A partner's refusal is a result; everything else that goes wrong throws.
    /// </summary>
    public async Task<OtaAttemptResult> PostAsync(
        string profileName,
        OtaProfile profile,
        OtaTarget target,
        string password,
        Func<CancellationToken, Task<HttpContent>> content,
        CancellationToken cancellationToken)
    {
        var client = clients.For(profileName, profile);
        var connectTimeout = TimeSpan.FromSeconds(profile.Network.ConnectTimeoutSeconds);
        var responseTimeout = TimeSpan.FromSeconds(profile.Network.ResponseTimeoutSeconds);
        for (var round = 1; ; round++)
        {
            using var timer = new ProgressDeadline(connectTimeout, responseTimeout, cancellationToken);
            OtaPartnerAnswer answer;
            IReadOnlyList<string> challenges;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, target.Address)
                {
                    Version = HttpVersion.Version11,
                    VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
                    Content = new TimedContent(await content(timer.Token).ConfigureAwait(false), timer),
                };
                var answered = Authorize(request, profile, client.Digest, password);
                using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timer.Token).ConfigureAwait(false);
                answer = Read(response);
                challenges = response.Headers.WwwAuthenticate
                    .Where(h => string.Equals(h.Scheme, DigestParameters.Scheme, StringComparison.OrdinalIgnoreCase))
                    .Select(h => h.Parameter ?? string.Empty)
                    .ToList();
                await DrainAsync(response, timer.Token).ConfigureAwait(false);
                if (!answered && response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    client.Digest.NotAsked();
                }
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested && e is OperationCanceledException or HttpRequestException or IOException)
            {
                throw new OperationCanceledException("the send was cancelled", e, cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
            {
                throw Classify(e, timer, target, connectTimeout, responseTimeout);
            }

            if (answer.HttpStatus == (int)HttpStatusCode.Unauthorized && profile.Digest && round == 1 && client.Digest.Accept(challenges))
            {
                // The first challenge, or a nonce the server no longer knows: answer the new one, once.
                continue;
            }

            if (answer.HttpStatus == (int)HttpStatusCode.Unauthorized)
            {
                client.Digest.Reset();
            }

            return OtaAnswerClassifier.Classify(answer, target);
        }
    }

    /// <summary>Adds Digest credentials when a challenge is known; true when it did.</summary>
    private static bool Authorize(HttpRequestMessage request, OtaProfile profile, DigestClient digest, string password)
    {
        if (!profile.Digest)
        {
            return false;
        }

        if (digest.Answer(request.Method.Method, request.RequestUri!.PathAndQuery, profile.Username, password) is { } answer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(DigestParameters.Scheme, answer.ToParameterString());
            return true;
        }

        // Until the server has shown whether it wants Digest, let it refuse before the body is sent, not after.
        request.Headers.ExpectContinue = !digest.ServerDoesNotAsk;
        return false;
    }

    private static OtaPartnerAnswer Read(HttpResponseMessage response)
    {
        string? Header(string name) => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
        var code = int.TryParse(Header(OtaResponseHeaders.StatusCode), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : (int?)null;
        return new OtaPartnerAnswer((int)response.StatusCode, code, Header(OtaResponseHeaders.StatusDescription) ?? response.ReasonPhrase, Header(OtaResponseHeaders.MessageReceiptId));
    }

    // The body is for people; reading a short one lets the connection be used again.
    private static async Task DrainAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is > LongestAnswerBody)
        {
            return;
        }

        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var buffer = new byte[8192];
            var total = 0;
            int read;
            while (total < LongestAnswerBody && (read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
        }
    }

    private static ConnectorException Classify(Exception e, ProgressDeadline timer, OtaTarget target, TimeSpan connectTimeout, TimeSpan responseTimeout)
    {
        var partner = target.Description;
        if (timer.Expired)
        {
            return OtaSendFailures.TimedOut(partner, "did not take the post and answer", responseTimeout, "/network/responseTimeoutSeconds", e);
        }

        if (e is OperationCanceledException || e.InnerException is TimeoutException)
        {
            return OtaSendFailures.TimedOut(partner, "could not be connected to", connectTimeout, "/network/connectTimeoutSeconds", e);
        }

        var socket = e.InnerException as SocketException ?? e.InnerException?.InnerException as SocketException;
        return (e as HttpRequestException)?.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => OtaSendFailures.ClientError(
                ConnectorErrorKind.ConnectionFailed, partner, "cannot be resolved to an address", e, OtaSendFailures.AddressKey),
            HttpRequestError.ConnectionError when socket?.SocketErrorCode == SocketError.ConnectionRefused => OtaSendFailures.ClientError(
                ConnectorErrorKind.ConnectionFailed, partner, "refused the connection; check that its server runs and the address is right", e, OtaSendFailures.AddressKey),
            HttpRequestError.ConnectionError => OtaSendFailures.ClientError(
                ConnectorErrorKind.ConnectionFailed, partner, $"cannot be reached ({socket?.SocketErrorCode.ToString() ?? e.Message})", e, OtaSendFailures.AddressKey),
            HttpRequestError.SecureConnectionError => new ConnectorException(
                ConnectorErrorKind.Authentication,
                $"OTA {OtaStatusCodes.ClientError.Code}: the TLS handshake with {partner} failed; check that its certificate is trusted by the profile and names the address's host",
                e,
                propertyKeys: [OtaTlsTrust.TrustedCertificatesKey, OtaSendFailures.AddressKey]),
            _ => OtaSendFailures.ClientError(ConnectorErrorKind.ConnectionFailed, partner, "closed the connection before answering", e),
        };
    }
}
