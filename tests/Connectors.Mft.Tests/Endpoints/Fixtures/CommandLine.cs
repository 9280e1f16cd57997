using System.Diagnostics;

namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>Runs a short system command (useradd, ssh-keygen) and returns what it printed.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output, string Error) Run(string file, string input, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in 30 s");
        }

        return (process.ExitCode, output.Result.Trim(), error.Result.Trim());
    }

    public static string Require(string file, params string[] arguments)
    {
        var (exitCode, output, error) = Run(file, string.Empty, arguments);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({exitCode}): {error}");
    }
}
