namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>The kinds of remote endpoint every shared behaviour runs against.</summary>
public static class RemoteKind
{
    public const string Ftp = "ftp";
    public const string ExplicitFtps = "ftps-explicit";
    public const string ImplicitFtps = "ftps-implicit";
    public const string Sftp = "sftp";

    public static TheoryData<string> All => [Ftp, ExplicitFtps, ImplicitFtps, Sftp];
}
