using Connectors.Mft.Profiles;
using Connectors.Mft.Tasks;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Tests.Tasks.Fixtures;

/// <summary>The MFT task as the conformance kit sees it: a definition a designer could save, and a signing key profile with its passphrase.</summary>
public sealed class MftConformanceAdapter : ConnectorConformanceAdapter
{
    private const string Passphrase = "conformance-passphrase-1";
    private const string WrongPassphrase = "conformance-passphrase-2";

    public override string ConnectorId => MftTask.TaskDescriptor.Id;

    public override IReadOnlyList<string> SecretValues => [Passphrase, WrongPassphrase];

    public override void Register(ConnectorsBuilder connectors) => connectors.AddMft();

    public override object ValidProperties(string profileName) => new MftTaskDefinition
    {
        Name = "Finance.DailyInvoices",
        Source = new MftSource { Endpoint = "erp-outbox", Path = "invoices", Filter = "*.xml|INV_????.csv" },
        Compression = MftCompression.Zip,
        Encryption = new MftEncryption { Mode = MftEncryptionMode.OpenPgp, Recipients = ["bank-key"], Sign = true, SigningKey = profileName },
        Destination = new MftDestination
        {
            Endpoint = "bank-drop",
            Path = "incoming",
            Rename = new MftRename { Search = @"^(.*)\.zip\.pgp$", Replace = "${1}-{yyyyMMdd}.zip.pgp" },
            Overwrite = MftOverwrite.No,
        },
    };

    public override ConnectionProfile? CreateProfile(PartnerProfileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new PgpKeyProfile
        {
            PublicKeyFile = "/etc/mft/keys/ours.pub.asc",
            PrivateKeyFile = "/etc/mft/keys/ours.sec.asc",
            Passphrase = SecretValue.From(request.WrongCredentials ? WrongPassphrase : Passphrase),
        };
    }
}
