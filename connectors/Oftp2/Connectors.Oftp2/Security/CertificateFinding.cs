namespace Connectors.Oftp2.Security;

/// <summary>One thing <see cref="CertificateCheck"/> noticed about a certificate.</summary>
/// <param name="Severity">An error makes the certificate unusable; a warning asks for action soon.</param>
/// <param name="Code">A stable code, one of <see cref="CertificateFindingCodes"/>.</param>
/// <param name="Message">What was found, naming the certificate by subject and thumbprint.</param>
public sealed record CertificateFinding(FindingSeverity Severity, string Code, string Message);
