namespace Connectors.Oftp2.Profiles;

/// <summary>
/// A certificate named in a profile that cannot be used. <see cref="Field"/> names the field of the reference to
/// fix (<c>file</c>, <c>keyFile</c> or <c>password</c>); the message names the file, never the password.
/// </summary>
public sealed class CertificateReferenceException : Exception
{
    public CertificateReferenceException()
        : this("file", "the certificate cannot be loaded")
    {
    }

    public CertificateReferenceException(string message)
        : this("file", message)
    {
    }

    public CertificateReferenceException(string message, Exception innerException)
        : this("file", message, innerException)
    {
    }

    public CertificateReferenceException(string field, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
    }

    /// <summary>The JSON name of the field at fault within the certificate reference.</summary>
    public string Field { get; }
}
