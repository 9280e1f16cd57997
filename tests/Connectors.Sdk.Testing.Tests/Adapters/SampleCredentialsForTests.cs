namespace Connectors.Sdk.Testing.Tests.Adapters;

/// <summary>The account the tests' sample partners accept, and a password they refuse.</summary>
public static class SampleCredentialsForTests
{
    public const string User = "conformance-user";
    public const string Password = "Correct-Horse-Battery-7";
    public const string WrongPassword = "Wrong-Staple-Guess-42";
}
