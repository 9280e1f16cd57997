using System.Diagnostics;

namespace Connectors.Mft.Tests.Crypto.Fixtures;

/// <summary>
/// GnuPG from the system in a throw-away home, batch mode, passphrases through loopback pinentry: the
/// independent OpenPGP implementation the task's files must work with.
/// </summary>
public sealed class GnuPg : IDisposable
{
    public GnuPg()
    {
        // Short: the agent's socket lives in the home and socket paths are limited to about 100 bytes.
        Home = Path.Combine(Path.GetTempPath(), "mft-gpg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Home);
        if (!OperatingSystem.IsWindows())
        {
            // GnuPG warns about, and may refuse, a home others can read.
            File.SetUnixFileMode(Home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Home { get; }

    /// <summary>Generates an RSA key (signing primary, encryption subkey) protected by <paramref name="passphrase"/>.</summary>
    public async Task GenerateKeyAsync(string email, string passphrase)
    {
        await RunAsync("--pinentry-mode", "loopback", "--passphrase", passphrase, "--quick-gen-key", $"{email.Split('@')[0]} <{email}>", "rsa2048", "sign,cert", "never");
        var listing = await RunAsync("--with-colons", "--list-keys", email);
        var fingerprint = listing.Output.Split('\n').First(l => l.StartsWith("fpr:", StringComparison.Ordinal)).Split(':')[9];
        await RunAsync("--pinentry-mode", "loopback", "--passphrase", passphrase, "--quick-add-key", fingerprint, "rsa2048", "encr", "never");
    }

    public Task<GnuPgResult> RunAsync(params string[] args) => RunAsync(args, expectSuccess: true);

    public async Task<GnuPgResult> RunAsync(string[] args, bool expectSuccess)
    {
        var start = new ProcessStartInfo("gpg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--homedir", Home, "--batch", "--yes", "--no-tty", "--status-fd", "2" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var result = new GnuPgResult(process.ExitCode, await output, await error);
        if (expectSuccess)
        {
            Assert.True(result.ExitCode == 0, $"gpg {string.Join(' ', args)} should succeed:{Environment.NewLine}{result.Error}");
        }

        return result;
    }

    public void Dispose()
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("gpgconf", ["--homedir", Home, "--kill", "gpg-agent"]) { RedirectStandardError = true });
            kill?.WaitForExit(10_000);
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // The agent may still hold its socket for a moment; the temp folder is cleaned later.
        }
    }
}

public sealed record GnuPgResult(int ExitCode, string Output, string Error);
