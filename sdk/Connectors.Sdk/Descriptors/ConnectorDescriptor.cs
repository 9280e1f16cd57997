namespace Connectors.Sdk.Descriptors;

/// <summary>
/// Everything a designer or a host needs to list a connector and render its form,
/// without instantiating it.
/// </summary>
/// <param name="Id">Stable, lower-case, dash-separated id, e.g. <c>oftp2-sender</c>.</param>
/// <param name="DisplayName">Name shown in a designer's palette.</param>
/// <param name="Kind">Sender, receiver or task.</param>
/// <param name="Version">Semantic version of the connector's contract.</param>
/// <param name="PropertiesType">Record type of the properties a flow designer fills in.</param>
/// <param name="ProfileType">Connection profile type it resolves from the operations store, if any.</param>
/// <param name="Description">One or two sentences on what the connector does.</param>
public sealed record ConnectorDescriptor(
    string Id,
    string DisplayName,
    ConnectorKind Kind,
    string Version,
    Type PropertiesType,
    Type? ProfileType,
    string Description);
