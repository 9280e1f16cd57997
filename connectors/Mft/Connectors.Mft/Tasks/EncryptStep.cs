using Connectors.Mft.Crypto;
using Connectors.Sdk.Errors;
using Connectors.Sdk.State;

namespace Connectors.Mft.Tasks;

/// <summary>
/// Encrypts each file to every recipient, signed when asked. Keys are read first, so a wrong key file
/// fails before any file is written; like compression, the step is redone whole on a restart.
/// </summary>
internal sealed class EncryptStep : IMftStep
{
    public string Name => "encrypt";

    public async Task<StepCheckpoint> RunAsync(MftRun run, StepCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var encryption = run.Definition.Encryption;
        if (encryption.Recipients.Count == 0)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, "/encryption/recipients is empty; name at least one pgp-key profile to encrypt to", propertyKeys: ["/encryption/recipients"]);
        }

        var recipients = run.Keys.RecipientKeys(encryption.Recipients, "/encryption/recipients");
        OpenPgpSigningKey? signer = null;
        if (encryption.Sign)
        {
            var signingKey = encryption.SigningKey
                ?? throw new ConnectorException(ConnectorErrorKind.Configuration, "/encryption/sign is on but /encryption/signingKey names no pgp-key profile", propertyKeys: ["/encryption/signingKey"]);
            signer = run.Keys.SigningKey(signingKey, "/encryption/signingKey");
        }

        var folder = Path.Combine(run.WorkFolder, "encrypted");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var extension = encryption.Armor ? ".asc" : ".pgp";
        var outputs = new List<WorkFile>();
        foreach (var file in run.WorkFiles)
        {
            var target = Path.Combine(folder, file.Name + extension);
            await Task.Run(
                () =>
                {
                    using var input = File.OpenRead(file.LocalPath);
                    using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                    OpenPgpEncryptor.Encrypt(input, output, file.Name, File.GetLastWriteTimeUtc(file.LocalPath), recipients, signer, encryption.Armor, cancellationToken);
                    output.Flush(flushToDisk: true);
                },
                cancellationToken).ConfigureAwait(false);
            var encrypted = new WorkFile(file.Name + extension, target, new FileInfo(target).Length);
            outputs.Add(encrypted);
            await run.LogAsync(Name, signer is null ? "encrypted" : "encrypted and signed", encrypted.Name, encrypted.Size).ConfigureAwait(false);
        }

        return checkpoint with
        {
            InputsJson = MftRun.Json(new { encryption.Recipients, encryption.Sign, encryption.SigningKey, encryption.Armor, Files = run.WorkFiles.Select(f => f.Name) }),
            OutputsJson = MftRun.Json(new MftStepOutputs { WorkFiles = outputs }),
            Bytes = outputs.Sum(f => f.Size),
        };
    }
}
