namespace Connectors.Mft.Endpoints.Curl;

/// <summary>The CURLINFO values this binding reads; the high bits encode the result's type (long or curl_off_t).</summary>
internal enum CurlInfo
{
    ResponseCode = 0x200002,
    SizeUploadLarge = 0x600007,
    ContentLengthDownloadLarge = 0x60000F,
}
