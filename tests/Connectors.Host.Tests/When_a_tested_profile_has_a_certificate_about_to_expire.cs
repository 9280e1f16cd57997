using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_a_tested_profile_has_a_certificate_about_to_expire
{
    [Fact]
    public async Task The_connection_test_warns_about_it_beside_its_stages()
    {
        using var workspace = new Workspace();
        var certificate = Path.Combine(workspace.Root, "partner.cert.pem");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=O0013000000PARTNER", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-300), DateTimeOffset.UtcNow.AddDays(10));
            await File.WriteAllTextAsync(certificate, created.ExportCertificatePem());
        }

        workspace.WriteProfile("partner", $$"""
            {
              "type": "oftp2",
              "localCode": "O0013000000US",
              "localPassword": "OURPASS1",
              "partnerCode": "O0013000000PARTNER",
              "partnerPassword": "THEIRPW1",
              "host": "127.0.0.1",
              "port": {{Workspace.FreePort()}},
              "security": { "partnerCertificates": [ { "file": "{{certificate}}" } ] },
              "network": { "maxAttempts": 1, "connectTimeoutSeconds": 5 }
            }
            """);

        var result = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "test", "partner"));

        Assert.True(result.ExitCode == 4, $"a closed port should fail the test with exit 4:{Environment.NewLine}{result.All}");
        Assert.True(result.Output.Contains("/security/partnerCertificates/0", StringComparison.Ordinal), $"the certificate expiring in 10 days should be named by its pointer:{Environment.NewLine}{result.All}");
        Assert.DoesNotContain("THEIRPW1", result.All, StringComparison.Ordinal);
    }
}
