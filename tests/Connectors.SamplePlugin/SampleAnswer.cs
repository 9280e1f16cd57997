namespace Connectors.SamplePlugin;

/// <summary>The partner's answer to a file: stored under a delivery id, or refused with a reason.</summary>
internal sealed record SampleAnswer(bool Stored, string Text);
