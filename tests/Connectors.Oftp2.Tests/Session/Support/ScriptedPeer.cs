using System.Buffers.Binary;
using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Framing;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>
/// A partner played by the test, buffer by buffer, over the codec's framing: it sends what the script says, even
/// what RFC 5024 forbids, and reads what our engine answers.
/// </summary>
internal sealed class ScriptedPeer : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly StreamTransmissionReader _reader;
    private readonly StreamTransmissionWriter _writer;

    public ScriptedPeer(Stream stream, ProtocolLevel level = ProtocolLevel.Revision20)
    {
        _stream = stream;
        _reader = new StreamTransmissionReader(stream);
        _writer = new StreamTransmissionWriter(stream);
        Level = level;
    }

    public ProtocolLevel Level { get; set; }

    public async Task SendAsync(OdetteCommand command) => await _writer.WriteAsync(command, Level);

    /// <summary>Sends an exchange buffer as it is, behind a correct header.</summary>
    public async Task SendExchangeBufferAsync(ReadOnlyMemory<byte> exchangeBuffer) => await _writer.WriteAsync(exchangeBuffer);

    /// <summary>Sends octets as they are, header included or not.</summary>
    public async Task SendRawAsync(ReadOnlyMemory<byte> octets)
    {
        await _stream.WriteAsync(octets);
        await _stream.FlushAsync();
    }

    /// <summary>A stream transmission header announcing <paramref name="exchangeBufferLength"/> octets, and nothing behind it.</summary>
    public Task SendHeaderOnlyAsync(int exchangeBufferLength)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(header, (1u << 28) | (uint)(exchangeBufferLength + 4));
        return SendRawAsync(header);
    }

    /// <summary>The next exchange buffer our engine sent; fails the test when the connection closed instead.</summary>
    public async Task<ReadOnlyMemory<byte>> ReceiveExchangeBufferAsync(string expecting)
    {
        var exchangeBuffer = await _reader.ReadAsync().AsTask().WaitAsync(Timeouts.TestLimit);
        Assert.True(exchangeBuffer is not null, $"expected {expecting}, the engine closed the connection");
        return exchangeBuffer.Value.ToArray();
    }

    public async Task<OdetteCommand> ReceiveAsync(string expecting)
    {
        var exchangeBuffer = await ReceiveExchangeBufferAsync(expecting);
        return CommandDecoder.Decode(exchangeBuffer.Span, exchangeBuffer.Length == 4 && exchangeBuffer.Span[0] == 'F' ? ProtocolLevel.Revision14 : Level);
    }

    public async Task<TCommand> ReceiveAsync<TCommand>()
        where TCommand : OdetteCommand
    {
        var command = await ReceiveAsync(typeof(TCommand).Name);
        return Assert.IsType<TCommand>(command, exactMatch: true);
    }

    /// <summary>Reads until the engine's ESID and returns it, skipping nothing else: any other command fails the test.</summary>
    public async Task<EndSession> ReceiveEndSessionAsync()
    {
        var command = await ReceiveAsync("ESID");
        Assert.True(command is EndSession, $"expected the engine's ESID, got {command.Code.GetName()}");
        return (EndSession)command;
    }

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        await _writer.DisposeAsync();
    }
}
