using BenchmarkDotNet.Running;
using Connectors.Benchmarks.Measuring;
using Connectors.Benchmarks.Oftp2;

// dotnet run -c Release --project tests/Connectors.Benchmarks -- oftp2 [--size 1GiB] [--tls] [--secure]
// dotnet run -c Release --project tests/Connectors.Benchmarks -- oftp2-session [--size 1GiB] [--runs 5]
// dotnet run -c Release --project tests/Connectors.Benchmarks -- ota [--payload 10KiB] [--messages 5000] [--concurrency 16]
// dotnet run -c Release --project tests/Connectors.Benchmarks -- mft [--size 1GiB] [--targets ftp,sftp,s3] [--runs 1] [--s3-size-only]
// dotnet run -c Release --project tests/Connectors.Benchmarks -- micro [BenchmarkDotNet arguments]
return args switch
{
    ["oftp2-receiver-child", var root, var port, var certificate, var key, var ownCertificate, var ownKey, var partnerCertificate] =>
        await ReceiverChild.RunAsync(
            root,
            int.Parse(port, System.Globalization.CultureInfo.InvariantCulture),
            certificate == "-" ? null : certificate,
            key == "-" ? null : key,
            ownCertificate == "-" ? null : (ownCertificate, ownKey, partnerCertificate)),
    ["oftp2", .. var rest] =>
        await TransferBenchmark.RunAsync(ByteSize.Parse(Option(rest, "--size") ?? "1GiB"), rest.Contains("--tls"), rest.Contains("--secure")),
    ["oftp2-session", .. var rest] =>
        await SessionBenchmark.RunAsync(ByteSize.Parse(Option(rest, "--size") ?? "1GiB"), int.Parse(Option(rest, "--runs") ?? "5", System.Globalization.CultureInfo.InvariantCulture)),
    ["ota-receiver-child", var root, var port] =>
        await Connectors.Benchmarks.Ota.OtaReceiverChild.RunAsync(root, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture)),
    ["ota", .. var rest] =>
        await Connectors.Benchmarks.Ota.OtaBenchmark.RunAsync(
            (int)ByteSize.Parse(Option(rest, "--payload") ?? "10KiB"),
            int.Parse(Option(rest, "--messages") ?? "5000", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Option(rest, "--concurrency") ?? "16", System.Globalization.CultureInfo.InvariantCulture)),
    ["oftp2-envelope", .. var rest] =>
        await EnvelopeBenchmark.RunAsync(ByteSize.Parse(Option(rest, "--size") ?? "256MiB")),
    ["mft-task-child", var root, var task] =>
        await Connectors.Benchmarks.Mft.MftTaskChild.RunAsync(root, task),
    ["mft", .. var rest] =>
        await Connectors.Benchmarks.Mft.MftBenchmark.RunAsync(
            ByteSize.Parse(Option(rest, "--size") ?? "1GiB"),
            Option(rest, "--targets")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? Connectors.Benchmarks.Mft.MftBenchmark.AllTargets,
            int.Parse(Option(rest, "--runs") ?? "1", System.Globalization.CultureInfo.InvariantCulture),
            s3ChecksOnlySize: rest.Contains("--s3-size-only")),
    ["micro", .. var rest] => Micro(rest),
    _ => Usage(),
};

static string? Option(string[] arguments, string name)
{
    var at = Array.IndexOf(arguments, name);
    return at >= 0 && at + 1 < arguments.Length ? arguments[at + 1] : null;
}

static int Micro(string[] arguments)
{
    BenchmarkSwitcher.FromAssembly(typeof(TransferBenchmark).Assembly).Run(arguments);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: oftp2 [--size 1GiB] [--tls] [--secure] | oftp2-session [--size 1GiB] [--runs 5] | ota [--payload 10KiB] [--messages 5000] [--concurrency 16] | mft [--size 1GiB] [--targets ftp,sftp,s3] [--runs 1] [--s3-size-only] | micro [BenchmarkDotNet arguments]");
    return 2;
}
