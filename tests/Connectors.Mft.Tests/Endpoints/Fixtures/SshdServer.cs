namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>
/// OpenSSH's sshd on 127.0.0.1 and a free port, with a host key and a client key made for this run, serving
/// SFTP to the test account by password or by key.
/// </summary>
internal sealed class SshdServer : IDisposable
{
    private readonly ServerProcess _process;

    private SshdServer(ServerProcess process, int port, string hostKeyFingerprint, string clientKeyFile)
    {
        _process = process;
        Port = port;
        HostKeyFingerprint = hostKeyFingerprint;
        ClientKeyFile = clientKeyFile;
    }

    public const string ClientKeyPassphrase = "client key passphrase";

    public int Port { get; }

    /// <summary>The host key's fingerprint as <c>ssh-keygen -lf</c> prints it.</summary>
    public string HostKeyFingerprint { get; }

    /// <summary>An ed25519 private key, protected by <see cref="ClientKeyPassphrase"/>, that the account accepts.</summary>
    public string ClientKeyFile { get; }

    public static async Task<SshdServer> StartAsync(string folder)
    {
        var binary = ServerBinary.Require("/usr/sbin/sshd", "openssh-server");
        var keygen = ServerBinary.Require("/usr/bin/ssh-keygen", "openssh-client");
        var port = FreePort.Next();

        var hostKey = Path.Combine(folder, "ssh_host_ed25519_key");
        CommandLine.Require(keygen, "-q", "-t", "ed25519", "-N", string.Empty, "-f", hostKey);
        var fingerprint = CommandLine.Require(keygen, "-lf", hostKey + ".pub").Split(' ')[1];

        var clientKey = Path.Combine(folder, "client_ed25519");
        CommandLine.Require(keygen, "-q", "-t", "ed25519", "-N", ClientKeyPassphrase, "-f", clientKey);
        var authorizedKeys = Path.Combine(folder, "authorized_keys");
        File.Copy(clientKey + ".pub", authorizedKeys, overwrite: true);

        // sshd refuses to start without its privilege separation folder, which only the service unit creates.
        Directory.CreateDirectory("/run/sshd");

        var configuration = Path.Combine(folder, "sshd_config");
        await File.WriteAllLinesAsync(configuration,
        [
            "ListenAddress 127.0.0.1",
            $"Port {port}",
            $"HostKey {hostKey}",
            $"PidFile {Path.Combine(folder, "sshd.pid")}",
            $"AuthorizedKeysFile {authorizedKeys}",
            "StrictModes no",
            "PasswordAuthentication yes",
            "KbdInteractiveAuthentication no",
            "UsePAM no",
            "PermitRootLogin no",
            $"AllowUsers {TestAccount.User}",
            "Subsystem sftp internal-sftp",
            "LogLevel ERROR",
        ]);
        var process = await ServerProcess.StartAsync(binary, port, "-D", "-e", "-f", configuration);
        return new SshdServer(process, port, fingerprint, clientKey);
    }

    public void Dispose() => _process.Dispose();
}
