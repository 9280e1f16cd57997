using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.SamplePlugin;

/// <summary>Where the sample receiver listens and which account partners must log in with.</summary>
[ConnectorProperties("Sample receiver", "Listens for partners speaking the sample protocol and hands each file to the flow.")]
public sealed record SampleReceiverProperties
{
    [Property("Listen address", "IP address to listen on: 127.0.0.1 accepts local partners only, 0.0.0.0 every interface.")]
    [Required]
    [DefaultValue("127.0.0.1")]
    public string ListenAddress { get; init; } = "127.0.0.1";

    [Property("Port", "TCP port to listen on.")]
    [Range(1, 65535)]
    [DefaultValue(4100)]
    public int Port { get; init; } = 4100;

    [Property("Connection", "Name of the sample profile whose user and password partners must present.", Example = "inbound-accounts")]
    [Required]
    public string ConnectionName { get; init; } = string.Empty;
}
