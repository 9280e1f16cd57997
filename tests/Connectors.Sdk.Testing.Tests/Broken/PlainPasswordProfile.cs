using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Deliberately wrong: the password is a plain string, so it prints and is not marked secret.</summary>
[ProfileType("plain-password")]
[ConnectorProperties("Plain password partner", "A partner whose password is kept as plain text.")]
public sealed record PlainPasswordProfile : ConnectionProfile
{
    [Property("Host", "Name or address of the partner.")]
    public string Host { get; init; } = string.Empty;

    [Property("Password", "Password of the account.")]
    public string Password { get; init; } = string.Empty;
}
