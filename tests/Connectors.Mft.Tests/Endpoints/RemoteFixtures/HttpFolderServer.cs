using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.Http;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Secrets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Mft.Tests.Endpoints.RemoteFixtures;

/// <summary>
/// A real HTTPS file server for the tests (Kestrel on 127.0.0.1, a self-signed certificate, Basic
/// authentication) serving a temporary folder under <c>/files/</c>: GET (with Range), HEAD, PUT, DELETE,
/// WebDAV MOVE (unless turned off) and the JSON folder index of <see cref="HttpFolderIndex"/>.
/// </summary>
public sealed class HttpFolderServer : IAsyncDisposable
{
    public const string User = "partner";
    public const string Password = "correct horse";

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly bool _supportsMove;

    private HttpFolderServer(WebApplication app, X509Certificate2 certificate, string folder, bool supportsMove)
    {
        _app = app;
        _certificate = certificate;
        Folder = folder;
        _supportsMove = supportsMove;
    }

    /// <summary>The folder on disk the server serves.</summary>
    public string Folder { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public string CertificatePem => _certificate.ExportCertificatePem();

    /// <summary>When set, a GET sends its headers and first bytes and then nothing more, as a hung server does.</summary>
    public bool StallDownloads { get; set; }

    /// <summary>The methods the server was asked for, in order, so a test can tell how a rename was done.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Methods { get; } = new();

    public static async Task<HttpFolderServer> StartAsync(bool supportsMove = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "http-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var certificate = TestCertificate.CreateForLoopback();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        var server = new HttpFolderServer(app, certificate, folder, supportsMove);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(new Uri(address), "/files/");
        return server;
    }

    /// <summary>A profile for this server: right credentials and its certificate trusted unless told otherwise.</summary>
    public HttpEndpointProfile Profile(string root = "/", string user = User, string password = Password, bool trustCertificate = true) => new()
    {
        BaseUrl = BaseUrl.AbsoluteUri,
        User = user,
        Password = SecretValue.Literal(password),
        TrustedCertificates = trustCertificate ? CertificatePem : null,
        Root = root,
        Network = new() { ConnectTimeoutSeconds = 5, ResponseTimeoutSeconds = 60 },
    };

    public Task<IFileEndpoint> OpenAsync(string root = "/") => new HttpEndpointOpener().OpenAsync("test-http", Profile(root), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private async Task HandleAsync(HttpContext context)
    {
        Methods.Enqueue(context.Request.Method);
        if (context.Request.Headers.Authorization != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"files\"";
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var local = LocalPath(context.Request.Path.Value ?? string.Empty);
        if (local is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var isFolder = context.Request.Path.Value!.EndsWith('/');
        await (context.Request.Method switch
        {
            "GET" when isFolder => WriteIndexAsync(context, local),
            "HEAD" when isFolder => Task.FromResult(context.Response.StatusCode = Directory.Exists(local) ? 200 : 404),
            "GET" or "HEAD" => WriteFileAsync(context, local),
            "PUT" => ReceiveFileAsync(context, local),
            "DELETE" => Task.FromResult(context.Response.StatusCode = Delete(local)),
            "MOVE" when _supportsMove => Task.FromResult(context.Response.StatusCode = Move(context, local)),
            _ => Task.FromResult(context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed),
        });
    }

    /// <summary>The file a URL path names, or null when it is not below /files/ or climbs out with '..'.</summary>
    private string? LocalPath(string urlPath)
    {
        if (!urlPath.StartsWith("/files/", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = urlPath["/files/".Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Any(s => s is "." or "..") ? null : Path.Combine([Folder, .. segments]);
    }

    private static async Task WriteIndexAsync(HttpContext context, string folder)
    {
        if (!Directory.Exists(folder))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(entry => entry is FileInfo file
            ? (object)new { name = file.Name, size = file.Length, modified = file.LastWriteTimeUtc.ToString("O") }
            : new { name = entry.Name + "/" });
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, entries.ToArray());
    }

    private async Task WriteFileAsync(HttpContext context, string path)
    {
        if (!File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using var file = File.OpenRead(path);
        var from = RangeStart(context.Request.Headers.Range.ToString());
        if (from >= file.Length && from > 0)
        {
            context.Response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            context.Response.Headers.ContentRange = $"bytes */{file.Length}";
            return;
        }

        if (from > 0)
        {
            context.Response.StatusCode = StatusCodes.Status206PartialContent;
            context.Response.Headers.ContentRange = $"bytes {from}-{file.Length - 1}/{file.Length}";
            file.Position = from;
        }

        context.Response.ContentLength = file.Length - from;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        if (StallDownloads)
        {
            await context.Response.Body.WriteAsync(new byte[16]);
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        await file.CopyToAsync(context.Response.Body);
    }

    /// <summary>The start of an open range "bytes=N-", the only form the endpoint sends; 0 without one.</summary>
    private static long RangeStart(string range) =>
        range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-') && long.TryParse(range["bytes=".Length..^1], out var start) ? start : 0;

    private static async Task ReceiveFileAsync(HttpContext context, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var existed = File.Exists(path);
        var partial = path + ".part";
        await using (var file = File.Create(partial))
        {
            await context.Request.Body.CopyToAsync(file);
        }

        File.Move(partial, path, overwrite: true);
        context.Response.StatusCode = existed ? StatusCodes.Status204NoContent : StatusCodes.Status201Created;
    }

    private static int Delete(string path)
    {
        if (!File.Exists(path))
        {
            return StatusCodes.Status404NotFound;
        }

        File.Delete(path);
        return StatusCodes.Status204NoContent;
    }

    private int Move(HttpContext context, string from)
    {
        var destination = Uri.TryCreate(context.Request.Headers["Destination"].ToString(), UriKind.Absolute, out var url)
            ? LocalPath(Uri.UnescapeDataString(url.AbsolutePath))
            : null;
        if (destination is null)
        {
            return StatusCodes.Status400BadRequest;
        }

        if (!File.Exists(from))
        {
            return StatusCodes.Status404NotFound;
        }

        var existed = File.Exists(destination);
        if (existed && context.Request.Headers["Overwrite"] == "F")
        {
            return StatusCodes.Status412PreconditionFailed;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Move(from, destination, overwrite: true);
        return existed ? StatusCodes.Status204NoContent : StatusCodes.Status201Created;
    }
}
