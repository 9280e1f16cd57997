using System.Globalization;
using System.Text;

namespace Connectors.Host.Cli;

/// <summary>The exit codes as the root command's help lists them, read from <see cref="ExitCode"/> so the two cannot disagree.</summary>
internal static class ExitCodes
{
    public static string Describe()
    {
        var text = new StringBuilder("Exit codes:");
        foreach (var code in Enum.GetValues<ExitCode>())
        {
            text.Append(CultureInfo.InvariantCulture, $" {(int)code} {Words(code.ToString())},");
        }

        return text.ToString().TrimEnd(',') + ".";
    }

    private static string Words(string pascal)
    {
        var words = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
