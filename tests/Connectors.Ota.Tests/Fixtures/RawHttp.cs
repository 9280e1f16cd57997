using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>
/// Speaks HTTP/1.1 by hand over a socket, for requests no HTTP client would send: a Content-Length that
/// lies, a body cut short, the reference's example as it is written.
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Sends <paramref name="head"/> (request line and headers, lines ending in CRLF, without the blank
    /// line) and <paramref name="body"/>; with <paramref name="stopSending"/> the client then closes its
    /// sending side, as a client does that has nothing more to send. Returns the answer.
    /// </summary>
    public static async Task<RawResponse> SendAsync(IPEndPoint endpoint, string head, byte[] body, bool stopSending = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "\r\n"));
        await stream.WriteAsync(body);
        if (stopSending)
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        using var timeout = new CancellationTokenSource(AnswerTimeout);
        return await ReadResponseAsync(stream, timeout.Token);
    }

    /// <summary>A POST of <paramref name="body"/> to <paramref name="path"/> with a true Content-Length unless one is given.</summary>
    public static Task<RawResponse> PostAsync(IPEndPoint endpoint, string path, string contentType, byte[] body, long? declaredLength = null, bool stopSending = false) =>
        SendAsync(
            endpoint,
            $"POST {path} HTTP/1.1\r\nHost: {endpoint}\r\nConnection: close\r\nContent-Type: {contentType}\r\nContent-Length: {(declaredLength ?? body.Length).ToString(CultureInfo.InvariantCulture)}\r\n",
            body,
            stopSending);

    private static async Task<RawResponse> ReadResponseAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfBlankLine(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new IOException("the server closed the connection without an answer");
            }

            received.Write(buffer, 0, read);
        }

        var all = received.ToArray();
        var lines = Encoding.ASCII.GetString(all, 0, headEnd).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + "\n" + line[(colon + 1)..].Trim() : line[(colon + 1)..].Trim();
        }

        var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        var body = new MemoryStream();
        body.Write(all, headEnd + 4, all.Length - headEnd - 4);
        while (body.Length < length)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            body.Write(buffer, 0, read);
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    private static int IndexOfBlankLine(MemoryStream received)
    {
        var bytes = received.GetBuffer().AsSpan(0, (int)received.Length);
        return bytes.IndexOf("\r\n\r\n"u8);
    }
}

/// <summary>An HTTP answer as it came over the wire.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>STATUS_CODE as a number, or null when absent.</summary>
    public int? StatusCode => int.TryParse(Header("STATUS_CODE"), CultureInfo.InvariantCulture, out var code) ? code : null;

    public override string ToString() => $"HTTP {Status}, STATUS_CODE {Header("STATUS_CODE")}: {Header("STATUS_DESCRIPTION")}";
}
