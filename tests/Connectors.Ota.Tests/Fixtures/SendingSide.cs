using System.Text;
using Connectors.Ota.Audit;
using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Sending;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.State.Sqlite;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>
/// The sending host of a test: the OTA module registered as a host registers it, an SQLite state store
/// for the outbound queue, and the partner as the profile <see cref="PartnerProfile"/>.
/// </summary>
public sealed class SendingSide : IAsyncDisposable
{
    public const string PartnerProfile = "partner-a";

    private readonly TemporaryFolder _folder;
    private readonly ServiceProvider _services;

    private SendingSide(TemporaryFolder folder, ServiceProvider services, InMemoryOperationsStore operations, CapturingLoggerProvider logs)
    {
        _folder = folder;
        _services = services;
        Operations = operations;
        Logs = logs;
    }

    public InMemoryOperationsStore Operations { get; }

    public CapturingLoggerProvider Logs { get; }

    public OtaSender Sender => _services.GetRequiredService<OtaSender>();

    public IStateStore State => _services.GetRequiredService<IStateStore>();

    public IOtaAuditLog Audit => _services.GetRequiredService<IOtaAuditLog>();

    /// <summary>Properties a designer could save: the partner and a purchase order's envelope fields.</summary>
    public static OtaSenderProperties Properties => new()
    {
        ConnectionName = PartnerProfile,
        TransactionType = "PO",
        TransactionSubtype = "PROCESS",
        DocumentNumber = "12345",
        PartyId = "9999",
        PartySiteId = "8888",
        Attribute1 = "SENDER_SYSTEM",
    };

    /// <summary>A profile for <paramref name="address"/>: quick timeouts, one attempt unless a test says otherwise.</summary>
    public static OtaProfile ProfileFor(Uri address, OtaProtocolType type, NetworkSettings? network = null, string? trustPem = null, string password = TestAccounts.Password) => new()
    {
        ProtocolAddress = address.ToString(),
        ProtocolType = type,
        Username = TestAccounts.Username,
        Password = SecretValue.From(password),
        Tls = new OtaTlsSettings { TrustedCertificates = trustPem is null ? [] : [trustPem] },
        Network = network ?? new NetworkSettings { ConnectTimeoutSeconds = 10, ResponseTimeoutSeconds = 10, MaxAttempts = 1 },
    };

    /// <summary>A sending host for <paramref name="profile"/>; <paramref name="clock"/> drives its queue and back-off when given.</summary>
    public static async Task<SendingSide> CreateAsync(OtaProfile profile, TimeProvider? clock = null)
    {
        var folder = new TemporaryFolder();
        var operations = new InMemoryOperationsStore();
        operations.Set(PartnerProfile, profile);
        var state = await SqliteStateStore.OpenAsync(new SqliteStateStoreOptions { DatabasePath = folder.Combine("state", "state.db") }, clock);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddConnectors(connectors => connectors.AddOta());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        services.AddSingleton<IOperationsStore>(operations);
        services.AddSingleton<IStateStore>(state);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        return new SendingSide(folder, services.BuildServiceProvider(), operations, logs);
    }

    /// <summary>Sends <paramref name="content"/> as a document; <paramref name="headers"/> become the message's extra headers.</summary>
    public async Task<SendReceipt> SendAsync(string content, OtaSenderProperties? properties = null, IReadOnlyDictionary<string, string>? headers = null, CancellationToken cancellationToken = default)
    {
        using var payload = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var message = new ConnectorMessage(payload, new MessageHeaders
        {
            FileName = "document.xml",
            Extra = headers ?? new Dictionary<string, string>(),
        });
        return await Sender.SendAsync(message, properties ?? Properties, cancellationToken);
    }

    /// <summary>The queue row of a message.</summary>
    public Task<OutboundItem?> QueuedAsync(string messageId) => State.Outbound.GetAsync(messageId, CancellationToken.None);

    /// <summary>The outbound queue's rows, oldest first.</summary>
    public Task<IReadOnlyList<OutboundItem>> QueueAsync() => State.Outbound.ListAsync("ota-sender", null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        ((IDisposable)State).Dispose();
        await _services.DisposeAsync();
        _folder.Dispose();
    }
}
