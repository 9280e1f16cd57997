using System.Net;
using Connectors.SamplePlugin;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Microsoft.Extensions.Logging.Abstractions;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Fixtures;

/// <summary>A sample sender whose operations store knows the running partner as <see cref="ProfileName"/>.</summary>
public static class SamplePartnerSetup
{
    public const string ProfileName = "partner-a";

    public static SampleSender SenderFor(IPEndPoint partner)
    {
        var operations = new InMemoryOperationsStore();
        operations.Set(ProfileName, new SampleProfile
        {
            Host = partner.Address.ToString(),
            Port = partner.Port,
            User = User,
            Password = SecretValue.From(Password),
            Network = new NetworkSettings { MaxAttempts = 1, ConnectTimeoutSeconds = 10, ResponseTimeoutSeconds = 10 },
        });
        return new SampleSender(operations, NullLogger<SampleSender>.Instance);
    }

    public static SampleSenderProperties Properties => new() { ConnectionName = ProfileName };
}
