namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>vsftpd on 127.0.0.1 and a free port, logging in the test account: plain, explicit FTPS or implicit FTPS.</summary>
internal sealed class VsftpdServer : IDisposable
{
    private readonly ServerProcess _process;

    private VsftpdServer(ServerProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<VsftpdServer> StartAsync(string folder, string name, TestCertificate? certificate, bool implicitTls)
    {
        var binary = ServerBinary.Require("/usr/sbin/vsftpd", "vsftpd");
        var port = FreePort.Next();

        // vsftpd insists that its empty jail folder exists, belongs to root and is not writable.
        var emptyFolder = Path.Combine(folder, name + "-empty");
        Directory.CreateDirectory(emptyFolder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(emptyFolder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var lines = new List<string>
        {
            "listen=YES",
            "listen_address=127.0.0.1",
            $"listen_port={port}",
            "background=NO",
            "anonymous_enable=NO",
            "local_enable=YES",
            "write_enable=YES",
            "local_umask=022",
            "pasv_enable=YES",

            // Containers forbid the namespaces and seccomp filters vsftpd would otherwise set up.
            "seccomp_sandbox=NO",
            "isolate=NO",
            "isolate_network=NO",
            "pam_service_name=vsftpd",
            $"secure_chroot_dir={emptyFolder}",
            "xferlog_enable=NO",
            $"vsftpd_log_file={Path.Combine(folder, name + ".log")}",
        };
        if (certificate is not null)
        {
            lines.AddRange(
            [
                "ssl_enable=YES",
                $"rsa_cert_file={certificate.CertificateFile}",
                $"rsa_private_key_file={certificate.KeyFile}",
                "force_local_logins_ssl=YES",
                "force_local_data_ssl=YES",
                "require_ssl_reuse=NO",
                "ssl_ciphers=HIGH",
                $"implicit_ssl={(implicitTls ? "YES" : "NO")}",
            ]);
        }

        var configuration = Path.Combine(folder, name + ".conf");
        await File.WriteAllLinesAsync(configuration, lines);
        return new VsftpdServer(await ServerProcess.StartAsync(binary, port, configuration), port);
    }

    public void Dispose() => _process.Dispose();
}
