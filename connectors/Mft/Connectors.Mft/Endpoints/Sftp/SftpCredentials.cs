namespace Connectors.Mft.Endpoints.Sftp;

/// <summary>The resolved secrets of an SFTP login; kept out of the profile so they are read once, when the endpoint opens.</summary>
internal sealed record SftpCredentials(string? Password, string? PrivateKeyFile, string? Passphrase)
{
    public override string ToString() => "***";
}
