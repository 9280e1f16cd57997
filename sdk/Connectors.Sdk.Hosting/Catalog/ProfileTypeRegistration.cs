using Connectors.Sdk.Hosting.Schemas;

namespace Connectors.Sdk.Hosting.Catalog;

/// <summary>A profile record type the operations store can load, by its <c>type</c> id.</summary>
public sealed record ProfileTypeRegistration(string Id, Type Type)
{
    public static ProfileTypeRegistration For(Type profileType) =>
        new(ConnectorSchemaGenerator.ProfileTypeId(profileType), profileType);
}
