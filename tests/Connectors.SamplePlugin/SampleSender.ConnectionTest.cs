using Connectors.Sdk.Errors;
using Connectors.Sdk.Testing;

namespace Connectors.SamplePlugin;

public sealed partial class SampleSender
{
    /// <summary>Resolves the profile, connects and logs in; the sample protocol has no TLS and no session beyond the login.</summary>
    public async Task<ConnectionTestResult> TestConnectionAsync(string profileName, CancellationToken cancellationToken)
    {
        var stages = new ConnectionTestStages();
        SampleProfile profile;
        string password;
        try
        {
            profile = operations.Get<SampleProfile>(profileName);
            password = Reveal(profile);
        }
        catch (ConnectorException e)
        {
            stages.Fail(ConnectionTestStageName.Resolve, e);
            return stages.SkipTheRest();
        }

        stages.Pass(ConnectionTestStageName.Resolve, $"profile '{profileName}' loaded; its password resolves");
        SampleClient client;
        try
        {
            client = await SampleClient.ConnectAsync(profileName, profile, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            stages.Fail(ConnectionTestStageName.Connect, e);
            return stages.SkipTheRest();
        }

        await using (client.ConfigureAwait(false))
        {
            stages.Pass(ConnectionTestStageName.Connect, $"connected to {profile.Host}:{profile.Port}");
            stages.Skip(ConnectionTestStageName.Tls, "the sample protocol has no TLS");
            try
            {
                await client.LoginAsync(profile.User, password, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException e)
            {
                stages.Fail(ConnectionTestStageName.Authenticate, e);
                return stages.SkipTheRest();
            }

            stages.Pass(ConnectionTestStageName.Authenticate, $"logged in as '{profile.User}'");
            stages.Skip(ConnectionTestStageName.Session, "the sample protocol has no session beyond the login");
            return stages.Result;
        }
    }
}
