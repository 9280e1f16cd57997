namespace Connectors.Oftp2.Tests.Conformance;

/// <summary>The identities of the conformance runs; each password is 8 characters, the SSID maximum.</summary>
internal static class Oftp2Identities
{
    public const string OurCode = "O0013000000KITSIDE";
    public const string OurPassword = "KITPASS1";
    public const string WrongPassword = "WRONGPW9";
    public const string PartnerCode = "O0013000000PARTNER";
    public const string PartnerPassword = "PARTPSW7";
}
