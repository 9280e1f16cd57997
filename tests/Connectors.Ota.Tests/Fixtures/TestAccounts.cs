namespace Connectors.Ota.Tests.Fixtures;

/// <summary>The account the tests' receivers accept, and credentials they refuse.</summary>
public static class TestAccounts
{
    /// <summary>The account profile's name: the partner documents are delivered for.</summary>
    public const string AccountProfile = "supplier-a";

    public const string Username = "SUPPLIER_A";
    public const string Password = "Correct-Horse-Battery-7";
    public const string WrongUsername = "SUPPLIER_B";
    public const string WrongPassword = "Wrong-Staple-Guess-42";
}
