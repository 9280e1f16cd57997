using Newtonsoft.Json;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// Looks for an adapter's secrets in texts: as written, URL-encoded and JSON-escaped. A failure names
/// the secret by its position in the adapter's list and shows the text with every secret masked, so the
/// test report does not leak what the check protects.
/// </summary>
internal sealed class SecretLeakFinder
{
    public const int MinimumSecretLength = 8;
    private const int ExcerptRadius = 120;

    private readonly string _connectorId;
    private readonly IReadOnlyList<string> _secrets;

    public SecretLeakFinder(string connectorId, IReadOnlyList<string> secrets)
    {
        _connectorId = connectorId;
        _secrets = secrets;
    }

    /// <summary>Fails when the adapter lists no secret, or one so short it would be found by chance.</summary>
    public SecretLeakFinder EnsureSearchable()
    {
        if (_secrets.Count == 0)
        {
            Assert.Fail($"{_connectorId}: the adapter lists no SecretValues, so there is nothing to look for");
        }

        for (var i = 0; i < _secrets.Count; i++)
        {
            Assert.True(
                _secrets[i].Length >= MinimumSecretLength,
                $"{_connectorId}: secret #{i + 1} of the adapter's SecretValues is shorter than {MinimumSecretLength} characters; a short secret would be found by chance");
        }

        return this;
    }

    /// <summary>Fails when any secret, in any of its forms, occurs in <paramref name="text"/>.</summary>
    public void AssertAbsent(string? text, string where)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        for (var i = 0; i < _secrets.Count; i++)
        {
            var at = FormsOf(_secrets[i]).Select(form => text.IndexOf(form, StringComparison.Ordinal)).Where(index => index >= 0).DefaultIfEmpty(-1).First();
            if (at >= 0)
            {
                Assert.Fail($"{_connectorId}: secret #{i + 1} of the adapter's SecretValues appears in {where}: \"{Excerpt(text, at)}\"");
            }
        }
    }

    /// <summary>Whether any secret, in any of its forms, occurs in <paramref name="text"/>.</summary>
    public bool ContainsAny(string? text) =>
        !string.IsNullOrEmpty(text) && _secrets.SelectMany(FormsOf).Any(form => text.Contains(form, StringComparison.Ordinal));

    /// <summary><paramref name="text"/> with every secret masked, for failure messages that quote what a connector said.</summary>
    public string Mask(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        for (var i = 0; i < _secrets.Count; i++)
        {
            foreach (var form in FormsOf(_secrets[i]))
            {
                text = text.Replace(form, $"<secret #{i + 1}>", StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static IEnumerable<string> FormsOf(string secret) =>
        new[] { secret, Uri.EscapeDataString(secret), JsonConvert.ToString(secret)[1..^1] }.Distinct(StringComparer.Ordinal);

    private string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - ExcerptRadius);
        var end = Math.Min(text.Length, at + ExcerptRadius);
        return (start > 0 ? "…" : string.Empty) + Mask(text[start..end]) + (end < text.Length ? "…" : string.Empty);
    }
}
