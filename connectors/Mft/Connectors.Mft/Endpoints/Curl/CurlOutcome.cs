namespace Connectors.Mft.Endpoints.Curl;

/// <summary>What one libcurl operation ended with, read off the handle before it goes back to the pool.</summary>
internal sealed record CurlOutcome(CurlCode Code, string ErrorText, long ResponseCode, long ContentLength, long BytesUploaded)
{
    public bool Succeeded => Code == CurlCode.Ok;
}
