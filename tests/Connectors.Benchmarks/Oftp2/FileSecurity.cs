using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Oftp2;

/// <summary>The profiles' security sections for a signed, compressed and encrypted transfer with suite 04 and a signed EERP.</summary>
internal static class FileSecurity
{
    public static JObject SenderSide((string Certificate, string Key) own, string partnerCertificate) => new()
    {
        ["signFiles"] = true,
        ["compressFiles"] = true,
        ["encryptFiles"] = true,
        ["requestSignedReceipts"] = true,
        ["cipherSuite"] = "Aes256Sha256",
        ["localCertificates"] = new JArray(new JObject { ["file"] = own.Certificate, ["keyFile"] = own.Key }),
        ["partnerCertificates"] = new JArray(new JObject { ["file"] = partnerCertificate }),
    };

    public static JObject ReceiverSide((string Certificate, string Key) own, string partnerCertificate) => new()
    {
        ["localCertificates"] = new JArray(new JObject { ["file"] = own.Certificate, ["keyFile"] = own.Key }),
        ["partnerCertificates"] = new JArray(new JObject { ["file"] = partnerCertificate }),
    };
}
