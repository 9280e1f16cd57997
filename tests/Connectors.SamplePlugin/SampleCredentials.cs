using System.Security.Cryptography;
using System.Text;

namespace Connectors.SamplePlugin;

/// <summary>Compares offered credentials with the expected ones in constant time.</summary>
internal static class SampleCredentials
{
    /// <summary>
    /// Both fields are hashed first so the comparison takes the same time whatever their lengths, and
    /// both are always compared, so the time does not tell whether the user or the password was wrong.
    /// </summary>
    public static bool Match(string expectedUser, string expectedPassword, string offeredUser, string offeredPassword)
    {
        var userMatches = CryptographicOperations.FixedTimeEquals(Hash(expectedUser), Hash(offeredUser));
        var passwordMatches = CryptographicOperations.FixedTimeEquals(Hash(expectedPassword), Hash(offeredPassword));
        return userMatches & passwordMatches;
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
