using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Security;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Signs the EERP or NERP of a file whose SFID asked for it (SFIDSIGN, RFC 5024 §4.3.6, §5.3.13, §5.3.14): the
/// hash of the file as transmitted goes into EERPHSH, and EERPSIG is a CMS SignedData over the covered fields with
/// the first of our certificates valid now and the digest of the file's suite. A location that cannot sign "may
/// send back an unsigned EERP", so without a certificate or a suite the response goes unsigned, with a warning.
/// </summary>
internal sealed class ResponseSigning(ProfileCertificates certificates, string partner, ILogger logger)
{
    public EndToEndResponse Sign(EndToEndResponse response, StartFile startFile, ReadOnlyMemory<byte> transmittedHash)
    {
        if (SignerFor(startFile, transmittedHash) is not { } signer)
        {
            return response;
        }

        var content = new EndToEndResponseSignedContent(response.DatasetName, response.Timestamp, response.Destination, response.Originator, transmittedHash);
        return response with { Hash = transmittedHash, Signature = ReceiptSignature.Sign(content.ToBytes(), signer, startFile.CipherSuite) };
    }

    public NegativeEndResponse Sign(NegativeEndResponse response, StartFile startFile, ReadOnlyMemory<byte> transmittedHash)
    {
        if (SignerFor(startFile, transmittedHash) is not { } signer)
        {
            return response;
        }

        var content = new NegativeEndResponseSignedContent(response.DatasetName, response.Timestamp, response.Destination, response.Originator, response.Creator, transmittedHash);
        return response with { Hash = transmittedHash, Signature = ReceiptSignature.Sign(content.ToBytes(), signer, startFile.CipherSuite) };
    }

    private X509Certificate2? SignerFor(StartFile startFile, ReadOnlyMemory<byte> transmittedHash)
    {
        if (!startFile.SignedResponseRequested)
        {
            return null;
        }

        if (!CipherSuiteAlgorithms.TryOf(startFile.CipherSuite, out _) || transmittedHash.IsEmpty)
        {
            logger.LogWarning(
                "{Partner} asked for a signed response to {File} but named cipher suite {Suite}, which has no digest; it is sent unsigned",
                partner,
                startFile.DatasetName.Trim(),
                (int)startFile.CipherSuite);
            return null;
        }

        var signer = certificates.Signer;
        if (signer is null)
        {
            logger.LogWarning(
                "{Partner} asked for a signed response to {File}, but its profile names none of our certificates valid now (/security/localCertificates); it is sent unsigned",
                partner,
                startFile.DatasetName.Trim());
        }

        return signer;
    }
}
