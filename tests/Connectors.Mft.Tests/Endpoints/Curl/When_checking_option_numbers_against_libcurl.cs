using System.Runtime.InteropServices;
using Connectors.Mft.Endpoints.Curl;

namespace Connectors.Mft.Tests.Endpoints.Curl;

public sealed partial class When_checking_option_numbers_against_libcurl
{
    /// <summary>Each option the binding sets, by the name libcurl's own option table knows it.</summary>
    private static readonly Dictionary<CurlOption, string> CurlNames = new()
    {
        [CurlOption.Port] = "PORT",
        [CurlOption.LowSpeedLimit] = "LOW_SPEED_LIMIT",
        [CurlOption.LowSpeedTime] = "LOW_SPEED_TIME",
        [CurlOption.SslVersion] = "SSLVERSION",
        [CurlOption.Verbose] = "VERBOSE",
        [CurlOption.NoProgress] = "NOPROGRESS",
        [CurlOption.NoBody] = "NOBODY",
        [CurlOption.Upload] = "UPLOAD",
        [CurlOption.Append] = "APPEND",
        [CurlOption.SslVerifyPeer] = "SSL_VERIFYPEER",
        [CurlOption.ConnectTimeout] = "CONNECTTIMEOUT",
        [CurlOption.SslVerifyHost] = "SSL_VERIFYHOST",
        [CurlOption.FtpUseEpsv] = "FTP_USE_EPSV",
        [CurlOption.NoSignal] = "NOSIGNAL",
        [CurlOption.FtpCreateMissingDirs] = "FTP_CREATE_MISSING_DIRS",
        [CurlOption.ServerResponseTimeout] = "SERVER_RESPONSE_TIMEOUT",
        [CurlOption.UseSsl] = "USE_SSL",
        [CurlOption.FtpSkipPasvIp] = "FTP_SKIP_PASV_IP",
        [CurlOption.SshAuthTypes] = "SSH_AUTH_TYPES",
        [CurlOption.WriteData] = "WRITEDATA",
        [CurlOption.Url] = "URL",
        [CurlOption.ReadData] = "READDATA",
        [CurlOption.ErrorBuffer] = "ERRORBUFFER",
        [CurlOption.FtpPort] = "FTPPORT",
        [CurlOption.KeyPassword] = "KEYPASSWD",
        [CurlOption.Quote] = "QUOTE",
        [CurlOption.XferInfoData] = "XFERINFODATA",
        [CurlOption.CaInfo] = "CAINFO",
        [CurlOption.SshPublicKeyFile] = "SSH_PUBLIC_KEYFILE",
        [CurlOption.SshPrivateKeyFile] = "SSH_PRIVATE_KEYFILE",
        [CurlOption.UserName] = "USERNAME",
        [CurlOption.Password] = "PASSWORD",
        [CurlOption.SshHostPublicKeySha256] = "SSH_HOST_PUBLIC_KEY_SHA256",
        [CurlOption.ProtocolsText] = "PROTOCOLS_STR",
        [CurlOption.WriteFunction] = "WRITEFUNCTION",
        [CurlOption.ReadFunction] = "READFUNCTION",
        [CurlOption.XferInfoFunction] = "XFERINFOFUNCTION",
        [CurlOption.ResumeFromLarge] = "RESUME_FROM_LARGE",
        [CurlOption.CaInfoBlob] = "CAINFO_BLOB",
    };

    [Fact]
    public void Every_option_has_the_number_the_system_libcurl_gives_it()
    {
        foreach (var option in Enum.GetValues<CurlOption>())
        {
            Assert.True(CurlNames.TryGetValue(option, out var name), $"{option} has no libcurl name in this test");
            var entry = OptionByName(name);
            Assert.True(entry != IntPtr.Zero, $"the system's libcurl does not know CURLOPT_{name}");

            // struct curl_easyoption { const char *name; CURLoption id; ... }: the id follows the name pointer.
            var number = Marshal.ReadInt32(entry, IntPtr.Size);
            Assert.True(number == (int)option, $"CURLOPT_{name} is {number} in libcurl, {(int)option} in the binding");
        }
    }

    [DllImport("libcurl.so.4", EntryPoint = "curl_easy_option_by_name", CharSet = CharSet.Ansi, BestFitMapping = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr OptionByName(string name);
}
