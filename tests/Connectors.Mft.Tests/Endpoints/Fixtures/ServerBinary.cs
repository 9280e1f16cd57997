namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>Finds a server program the tests start, or says how to install it.</summary>
internal static class ServerBinary
{
    public static string Require(string path, string debianPackage) => File.Exists(path)
        ? path
        : throw new InvalidOperationException(
            $"{path} is missing: install the Debian package '{debianPackage}' (listed in build/test-packages.txt) by running the test command in the README, build/test.sh.");

    public static void RequireRoot()
    {
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException(
                "the FTP and SFTP tests start vsftpd and sshd and log in as a local test account, which needs root; run them as build/test.sh does (README, 'Test it').");
        }
    }
}
