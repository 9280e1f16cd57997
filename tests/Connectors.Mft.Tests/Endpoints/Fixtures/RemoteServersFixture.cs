using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.Ftp;
using Connectors.Mft.Endpoints.Sftp;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>
/// Real servers for the remote endpoints, started once for all their tests: vsftpd plain, with explicit
/// FTPS and with implicit FTPS, and OpenSSH's sshd for SFTP. Their configuration and keys live in a
/// temporary folder removed at the end.
/// </summary>
public sealed class RemoteServersFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mft-servers-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<IDisposable> _servers = [];

    internal TestCertificate Certificate { get; private set; } = null!;

    internal VsftpdServer Ftp { get; private set; } = null!;

    internal VsftpdServer ExplicitFtps { get; private set; } = null!;

    internal VsftpdServer ImplicitFtps { get; private set; } = null!;

    internal SshdServer Sftp { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = TestAccount.Home;
        Directory.CreateDirectory(_folder);
        Certificate = TestCertificate.CreateIn(_folder);
        Ftp = Track(await VsftpdServer.StartAsync(_folder, "plain", certificate: null, implicitTls: false));
        ExplicitFtps = Track(await VsftpdServer.StartAsync(_folder, "explicit", Certificate, implicitTls: false));
        ImplicitFtps = Track(await VsftpdServer.StartAsync(_folder, "implicit", Certificate, implicitTls: true));
        Sftp = Track(await SshdServer.StartAsync(_folder));
    }

    public Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A profile that reaches the server of <paramref name="kind"/> with the right credentials and trust.</summary>
    public EndpointProfile ProfileFor(string kind, string root) => kind switch
    {
        RemoteKind.Ftp => FtpProfile(Ftp.Port, root) with { Security = FtpSecurity.None },
        RemoteKind.ExplicitFtps => FtpProfile(ExplicitFtps.Port, root) with { Security = FtpSecurity.Explicit, TrustedCertificates = Certificate.CertificatePem },
        RemoteKind.ImplicitFtps => FtpProfile(ImplicitFtps.Port, root) with { Security = FtpSecurity.Implicit, TrustedCertificates = Certificate.CertificateFile },
        RemoteKind.Sftp => SftpProfile(root),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such server"),
    };

    public SftpEndpointProfile SftpProfile(string root) => new()
    {
        Host = "127.0.0.1",
        Port = Sftp.Port,
        User = TestAccount.User,
        Password = SecretValue.Literal(TestAccount.Password),
        HostKey = Sftp.HostKeyFingerprint,
        Root = root,
    };

    public static IEndpointOpener OpenerFor(EndpointProfile profile) => profile switch
    {
        FtpEndpointProfile => new FtpEndpointOpener(),
        SftpEndpointProfile => new SftpEndpointOpener(),
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile.GetType().Name, "no opener"),
    };

    public static Task<IFileEndpoint> OpenAsync(EndpointProfile profile) =>
        OpenerFor(profile).OpenAsync("partner", profile, CancellationToken.None);

    public Task<IFileEndpoint> OpenAsync(string kind, string root) => OpenAsync(ProfileFor(kind, root));

    private static FtpEndpointProfile FtpProfile(int port, string root) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        User = TestAccount.User,
        Password = SecretValue.Literal(TestAccount.Password),
        Root = root,
    };

    private T Track<T>(T server)
        where T : IDisposable
    {
        _servers.Add(server);
        return server;
    }
}
