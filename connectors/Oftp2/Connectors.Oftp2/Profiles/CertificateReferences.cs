using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Security;
using Connectors.Sdk.Secrets;

namespace Connectors.Oftp2.Profiles;

/// <summary>
/// Loads the certificates a profile's security settings name: ours with the private key (PKCS#12, or PEM with the
/// key in the same file or in <c>keyFile</c>), the partner's without (PEM or DER). A failure says which field of
/// the reference to fix and never repeats a password.
/// </summary>
internal static class CertificateReferences
{
    private const string FileField = "file";
    private const string KeyFileField = "keyFile";
    private const string PasswordField = "password";

    /// <summary>One of our certificates, with its RSA private key.</summary>
    /// <exception cref="CertificateReferenceException">The files cannot be read, the password does not open them, or the key is missing.</exception>
    public static X509Certificate2 LoadOwn(Oftp2CertificateReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var password = PasswordOf(reference);
        if (IsPkcs12(reference.File))
        {
            var pkcs12 = ReadBytes(reference.File);
            return Guard(reference.File, PasswordField, () => CertificateLoader.FromPkcs12(pkcs12, password));
        }

        var certificatePem = Read(reference.File, FileField);
        var keyPem = reference.KeyFile is { } keyFile ? Read(keyFile, KeyFileField) : certificatePem;
        if (!certificatePem.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            throw new CertificateReferenceException(FileField, $"'{reference.File}' holds no PEM certificate; our certificates are PEM or PKCS#12 (.p12, .pfx)");
        }

        if (!keyPem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new CertificateReferenceException(KeyFileField, $"no private key beside '{reference.File}': put it in the same file or name it in keyFile");
        }

        if (password is null && keyPem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new CertificateReferenceException(PasswordField, $"the private key of '{reference.File}' is encrypted: give its password");
        }

        return password is null
            ? Guard(reference.File, KeyFileField, () => CertificateLoader.FromPem(certificatePem, keyPem))
            : Guard(reference.File, PasswordField, () => RequireRsaKey(X509Certificate2.CreateFromEncryptedPem(certificatePem, keyPem, password)));
    }

    /// <summary>One of the partner's certificates, without a private key.</summary>
    /// <exception cref="CertificateReferenceException">The file cannot be read or holds no certificate.</exception>
    public static X509Certificate2 LoadPartner(Oftp2CertificateReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (IsPkcs12(reference.File))
        {
            var password = PasswordOf(reference);
            var pkcs12 = ReadBytes(reference.File);
            return Guard(reference.File, PasswordField, () =>
            {
                using var withKey = X509CertificateLoader.LoadPkcs12(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet);
                return X509CertificateLoader.LoadCertificate(withKey.RawData);
            });
        }

        var content = ReadBytes(reference.File);
        return Guard(reference.File, FileField, () => CertificateLoader.PublicFrom(content));
    }

    private static string? PasswordOf(Oftp2CertificateReference reference)
    {
        try
        {
            var password = reference.Password?.Reveal();
            return string.IsNullOrEmpty(password) ? null : password;
        }
        catch (SecretResolutionException e)
        {
            throw new CertificateReferenceException(PasswordField, $"the password of '{reference.File}' cannot be resolved: {e.Message}", e);
        }
    }

    private static X509Certificate2 Guard(string file, string cryptographicField, Func<X509Certificate2> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CertificateReferenceException(FileField, $"'{file}' cannot be read ({Describe(e)})", e);
        }
        catch (CryptographicException e)
        {
            var what = cryptographicField == PasswordField
                ? "cannot be opened with its password: the password is wrong or the file is damaged"
                : "holds no certificate and key this program can read";
            throw new CertificateReferenceException(cryptographicField, $"'{file}' {what}", e);
        }
        catch (ArgumentException e)
        {
            // CertificateLoader's own checks: a PKCS#12 without a private key, or a key that is not RSA.
            throw new CertificateReferenceException(FileField, $"'{file}': {e.Message}", e);
        }
    }

    private static string Read(string path, string field)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CertificateReferenceException(field, $"'{path}' cannot be read ({Describe(e)})", e);
        }
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CertificateReferenceException(FileField, $"'{path}' cannot be read ({Describe(e)})", e);
        }
    }

    private static X509Certificate2 RequireRsaKey(X509Certificate2 certificate)
    {
        using var key = certificate.GetRSAPrivateKey();
        if (key is not null)
        {
            return certificate;
        }

        var subject = certificate.Subject;
        certificate.Dispose();
        throw new ArgumentException($"the key of '{subject}' is not RSA, which every OFTP2 cipher suite uses (RFC 5024 §10.2)");
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "access denied",
        _ => e.GetType().Name,
    };

    private static bool IsPkcs12(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".p12" or ".pfx";
}
