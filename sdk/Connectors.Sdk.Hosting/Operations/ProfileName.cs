using System.Text.RegularExpressions;

namespace Connectors.Sdk.Hosting.Operations;

/// <summary>What a profile name may be: it is also a file name, so nothing that could leave the folder.</summary>
public static partial class ProfileName
{
    public const string Rule = "letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters";

    public static bool IsValid(string name) => name.Length <= 100 && Pattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Pattern();
}
