using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Connectors.Mft.Profiles;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>Builds the SDK client a profile describes.</summary>
internal static class S3ClientFactory
{
    /// <param name="profile">The endpoint's profile.</param>
    /// <param name="boundBySilence">
    /// For the client that streams whole files in one request: no timeout of the request as a whole (a
    /// 5 GiB PUT over a slow link takes longer than any response timeout), the caller bounding silences instead.
    /// </param>
    public static AmazonS3Client Create(S3EndpointProfile profile, bool boundBySilence = false)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = profile.ForcePathStyle,
            ConnectTimeout = TimeSpan.FromSeconds(profile.Network.ConnectTimeoutSeconds),
            Timeout = boundBySilence ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(profile.Network.ResponseTimeoutSeconds),

            // The task retries a failed step by the profile's network settings; retrying inside the SDK as
            // well would multiply the attempts and hide a dead server behind minutes of back-off.
            MaxErrorRetry = 0,

            // The SDK copies a request body in pieces of this size; its default of 8 KiB makes a system call
            // of every 8 KiB of a large file.
            BufferSize = 1 << 20,

            // Checksums in trailers need aws-chunked uploads, which S3-compatible servers often do not speak.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };

        if (string.IsNullOrWhiteSpace(profile.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(profile.Region);
        }
        else
        {
            config.ServiceURL = profile.ServiceUrl;
            config.AuthenticationRegion = profile.Region;
        }

        var credentials = new BasicAWSCredentials(profile.AccessKeyId, profile.SecretAccessKey.Reveal());
        return new CompatibleS3Client(credentials, config);
    }
}
