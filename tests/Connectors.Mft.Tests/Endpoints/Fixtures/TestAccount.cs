using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>
/// The local account the FTP and SFTP servers log in. Its random password is kept in a root-only file so
/// every test run on the machine agrees on it; the servers listen on 127.0.0.1 only, and only while tests run.
/// </summary>
internal static partial class TestAccount
{
    public const string User = "mft-test";

    private static readonly Lazy<(string Password, int Uid, int Gid, string Home)> Account = new(Create);

    public static string Password => Account.Value.Password;

    public static string Home => Account.Value.Home;

    /// <summary>Hands a file or folder the tests created to the account, so the servers may change it.</summary>
    public static void Own(string path)
    {
        if (Chown(path, Account.Value.Uid, Account.Value.Gid) != 0)
        {
            throw new InvalidOperationException($"chown {path} failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    private static (string, int, int, string) Create()
    {
        ServerBinary.RequireRoot();
        if (CommandLine.Run("id", string.Empty, "-u", User).ExitCode != 0)
        {
            CommandLine.Require("useradd", "--create-home", "--shell", "/bin/bash", User);
        }

        var passwordFile = Path.Combine(Path.GetTempPath(), "connectors-mft-test-account");
        if (!File.Exists(passwordFile))
        {
            var fresh = "T" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
            File.WriteAllText(passwordFile, fresh);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var password = File.ReadAllText(passwordFile).Trim();
        var (exitCode, _, error) = CommandLine.Run("chpasswd", $"{User}:{password}\n");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"chpasswd for {User} failed: {error}");
        }

        var uid = int.Parse(CommandLine.Require("id", "-u", User), CultureInfo.InvariantCulture);
        var gid = int.Parse(CommandLine.Require("id", "-g", User), CultureInfo.InvariantCulture);
        var home = CommandLine.Require("getent", "passwd", User).Split(':')[5];
        return (password, uid, gid, home);
    }

    [DllImport("libc", EntryPoint = "chown", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Chown(string path, int owner, int group);
}
