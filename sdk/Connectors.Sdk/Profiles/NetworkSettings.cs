using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Sdk.Profiles;

/// <summary>Timeouts and retries of a profile that talks over a network; retry policies are built from it.</summary>
public sealed record NetworkSettings
{
    [Property("Connect timeout (s)", "Seconds to wait for the TCP connection (and TLS handshake) before giving up.")]
    [Range(1, 600)]
    [DefaultValue(30)]
    public int ConnectTimeoutSeconds { get; init; } = 30;

    [Property("Response timeout (s)", "Seconds to wait for any answer from the partner once connected.")]
    [Range(1, 3600)]
    [DefaultValue(120)]
    public int ResponseTimeoutSeconds { get; init; } = 120;

    [Property("Maximum attempts", "How many times a retryable failure is tried in all, the first attempt included.")]
    [Range(1, 100)]
    [DefaultValue(3)]
    public int MaxAttempts { get; init; } = 3;

    [Property("First back-off (s)", "Seconds to wait before the second attempt; each later wait doubles, with jitter.")]
    [Range(0, 3600)]
    [DefaultValue(5)]
    public double InitialBackoffSeconds { get; init; } = 5;

    [Property("Longest back-off (s)", "Upper bound of any single wait between attempts.")]
    [Range(0, 86400)]
    [DefaultValue(300)]
    public double MaxBackoffSeconds { get; init; } = 300;
}
