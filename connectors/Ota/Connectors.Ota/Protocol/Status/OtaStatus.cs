namespace Connectors.Ota.Protocol.Status;

/// <summary>One row of Oracle's status code table.</summary>
/// <param name="Code">The STATUS_CODE value, e.g. 1000.</param>
/// <param name="Name">Oracle's error code name, e.g. <c>ECX_OXTA_AUTH_FAILURE</c>.</param>
/// <param name="Description">What it means, as the STATUS_DESCRIPTION says it unless a receiver says more.</param>
/// <param name="Category">What the sender does about it.</param>
public sealed record OtaStatus(int Code, string Name, string Description, OtaStatusCategory Category)
{
    public override string ToString() => $"{Code} {Description}";
}
