namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// The CURLOPT values this binding sets. The number encodes the argument's type (0 long, 10000 pointer,
/// 20000 function, 30000 curl_off_t, 40000 blob), which is why each setter accepts only its own range.
/// </summary>
internal enum CurlOption
{
    Port = 3,
    LowSpeedLimit = 19,
    LowSpeedTime = 20,
    SslVersion = 32,
    Verbose = 41,
    NoProgress = 43,
    NoBody = 44,
    Upload = 46,
    Append = 50,
    SslVerifyPeer = 64,
    ConnectTimeout = 78,
    SslVerifyHost = 81,
    FtpUseEpsv = 85,
    NoSignal = 99,
    FtpCreateMissingDirs = 110,
    ServerResponseTimeout = 112,
    UseSsl = 119,
    FtpSkipPasvIp = 137,
    SshAuthTypes = 151,

    WriteData = 10001,
    Url = 10002,
    ReadData = 10009,
    ErrorBuffer = 10010,
    FtpPort = 10017,
    KeyPassword = 10026,
    Quote = 10028,
    XferInfoData = 10057,
    CaInfo = 10065,
    SshPublicKeyFile = 10152,
    SshPrivateKeyFile = 10153,
    UserName = 10173,
    Password = 10174,
    SshHostPublicKeySha256 = 10311,
    ProtocolsText = 10318,

    WriteFunction = 20011,
    ReadFunction = 20012,
    XferInfoFunction = 20219,

    ResumeFromLarge = 30116,

    CaInfoBlob = 40309,
}
