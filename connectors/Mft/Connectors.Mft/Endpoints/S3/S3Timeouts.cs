namespace Connectors.Mft.Endpoints.S3;

/// <summary>The profile's timeouts, as a whole file's PUT applies them itself (a <see cref="Connectors.Sdk.Hosting.Timeouts.ProgressDeadline"/>).</summary>
internal sealed record S3Timeouts(TimeSpan Connect, TimeSpan Response);
