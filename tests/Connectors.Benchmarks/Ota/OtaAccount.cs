namespace Connectors.Benchmarks.Ota;

/// <summary>The account the OTA benchmark's sender presents and its receiver accepts.</summary>
internal static class OtaAccount
{
    public const string User = "BENCH_EBS";
    public const string Password = "BENCHPW1";
}
