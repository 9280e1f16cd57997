namespace Connectors.Oftp2.Security;

/// <summary>How much a finding matters.</summary>
public enum FindingSeverity
{
    Information,
    Warning,
    Error,
}
