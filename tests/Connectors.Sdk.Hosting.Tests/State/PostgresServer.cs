using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>
/// A real PostgreSQL server for the tests of one collection: a new cluster in a temporary folder,
/// listening on 127.0.0.1 on a free port, stopped and deleted at the end.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string DatabaseName = "connectors_tests";
    private const string ServerUser = "postgres";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    private string _binaries = "";
    private string _root = "";
    private string _dataDirectory = "";
    private bool _runAsServerUser;

    /// <summary>Connection string to the tests' database, as the superuser.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _binaries = FindBinaries();

        // PostgreSQL refuses to run as root; as root, the cluster is made and run by its own user.
        _runAsServerUser = Environment.IsPrivilegedProcess;
        _root = Directory.CreateTempSubdirectory("connectors-pg-").FullName;
        _dataDirectory = Path.Combine(_root, "data");
        var socketDirectory = Path.Combine(_root, "sockets");
        Directory.CreateDirectory(socketDirectory);
        if (_runAsServerUser)
        {
            await RunAsync("chown", ["-R", $"{ServerUser}:{ServerUser}", _root], asServerUser: false);
        }

        await RunToolAsync("initdb", ["-D", _dataDirectory, "-U", ServerUser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);

        var port = FreePort();
        await File.AppendAllTextAsync(Path.Combine(_dataDirectory, "postgresql.conf"), $"""

            listen_addresses = '127.0.0.1'
            port = {port}
            unix_socket_directories = '{socketDirectory}'
            max_connections = 200
            """);
        await StartAsync();

        var server = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = ServerUser, Database = "postgres" };
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName};", connection);
            await create.ExecuteNonQueryAsync();
        }

        server.Database = DatabaseName;
        ConnectionString = server.ConnectionString;
    }

    /// <summary>
    /// Kills the server without letting it write a checkpoint, as a crash or power cut would, and
    /// starts it again: what was committed must come back from its write-ahead log.
    /// </summary>
    public async Task RestartAsync()
    {
        await RunToolAsync("pg_ctl", ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"]);
        NpgsqlConnection.ClearAllPools();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_root.Length == 0)
        {
            return;
        }

        try
        {
            if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
            {
                await RunToolAsync("pg_ctl", ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"]);
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task StartAsync() =>
        RunToolAsync("pg_ctl", ["-D", _dataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "start"]);

    private static string FindBinaries()
    {
        static bool HasServerTools(string folder) =>
            File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

        const string Debian15 = "/usr/lib/postgresql/15/bin";
        if (HasServerTools(Debian15))
        {
            return Debian15;
        }

        // Another Debian major version will do as well; 15 is the one the tests are known on.
        var other = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(HasServerTools)
                .OrderByDescending(folder => folder, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        return other ?? throw new InvalidOperationException(
            $"The PostgreSQL server programs (initdb, pg_ctl) were not found in {Debian15}. The state store tests need a real PostgreSQL 15: " +
            "run the README's test command, build/test.sh, which installs the Debian packages listed in build/test-packages.txt (among them 'postgresql').");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task RunToolAsync(string tool, IReadOnlyList<string> arguments) =>
        RunAsync(Path.Combine(_binaries, tool), arguments, _runAsServerUser);

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asServerUser)
    {
        var start = new ProcessStartInfo(asServerUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,

            // The server's user cannot read a root-owned working folder; this one it owns.
            WorkingDirectory = _root,
        };
        if (asServerUser)
        {
            foreach (var argument in (string[])["-u", ServerUser, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish within {ToolTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.{ServerLog()}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:{Environment.NewLine}{await errors}{await output}{ServerLog()}");
        }
    }

    private string ServerLog()
    {
        var log = Path.Combine(_root, "server.log");
        return File.Exists(log) ? $"{Environment.NewLine}Server log:{Environment.NewLine}{File.ReadAllText(log)}" : "";
    }
}
