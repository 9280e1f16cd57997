using System.Security.Cryptography;
using System.Text;

namespace Connectors.Oftp2.Exchange;

/// <summary>Compares SSID passwords in constant time, so the time taken does not tell a caller how much it got right.</summary>
internal static class PasswordCheck
{
    public static bool Matches(string presented, string expected)
    {
        // SSIDPSWD is padded with spaces to 8 octets on the wire; the padding is not part of the password.
        var a = Encoding.UTF8.GetBytes(presented.TrimEnd(' '));
        var b = Encoding.UTF8.GetBytes(expected.TrimEnd(' '));
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(a), SHA256.HashData(b));
    }
}
