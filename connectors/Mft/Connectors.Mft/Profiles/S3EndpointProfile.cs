using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Profiles;

/// <summary>An S3 bucket (AWS or an S3-compatible server) as an endpoint; <see cref="EndpointProfile.Root"/> is the key prefix.</summary>
[ProfileType("mft-s3")]
[ConnectorProperties("S3 bucket", "A bucket on Amazon S3 or an S3-compatible server that files come from or go to.")]
public sealed record S3EndpointProfile : EndpointProfile, INetworkProfile
{
    [Property("Service URL", "Address of an S3-compatible server (MinIO, Ceph, a test server); empty for Amazon S3 itself.", Example = "https://s3.example.com:9000")]
    public string? ServiceUrl { get; init; }

    [Property("Region", "The bucket's region, also used to sign requests to an S3-compatible server.", Example = "eu-central-1")]
    [Required]
    [DefaultValue("us-east-1")]
    public string Region { get; init; } = "us-east-1";

    [Property("Bucket", "Name of the bucket.")]
    [Required]
    public string Bucket { get; init; } = string.Empty;

    [Property("Access key ID", "The access key ID of the account or IAM user.")]
    [Required]
    public string AccessKeyId { get; init; } = string.Empty;

    [Property("Secret access key", "The secret of that access key: a value, env:NAME or file:PATH.")]
    [Required]
    public SecretValue SecretAccessKey { get; init; } = SecretValue.From(string.Empty);

    [Property("Path-style addressing", "Address the bucket as a path (host/bucket/key) rather than a host name (bucket.host/key); most S3-compatible servers need this.")]
    [DefaultValue(false)]
    public bool ForcePathStyle { get; init; }

    [Property("ETags are MD5s", "Whether the server gives an object written in one PUT, and each part of a multipart upload, the MD5 of its content as its ETag, as Amazon S3 does (except with KMS), so transfers verify what was stored. Turn it off for a server whose ETags are no MD5s, such as one that encrypts at rest with ETags of its own; transfers then verify the size only.")]
    [DefaultValue(true)]
    public bool EtagsAreMd5 { get; init; } = true;

    [Property("Network", "Timeouts and retries.")]
    public NetworkSettings Network { get; init; } = new();
}
