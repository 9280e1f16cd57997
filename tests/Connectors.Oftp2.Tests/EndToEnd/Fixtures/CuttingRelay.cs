using System.Net;
using System.Net.Sockets;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// A byte relay on loopback between a sender and a receiver that can drop a connection on purpose: after
/// a number of octets towards the receiver, or when a command of a given code crosses in a direction.
/// It parses only the 4-octet stream transmission headers (RFC 5024 §8) to see where commands start.
/// </summary>
internal sealed class CuttingRelay : LoopbackRelay
{
    public CuttingRelay(int targetPort)
        : base(targetPort)
    {
    }

    /// <summary>Decides, per connection number (from 1), after how many octets towards the receiver to cut; null never.</summary>
    public Func<int, long?> CutTowardsReceiverAfter { get; set; } = _ => null;

    /// <summary>Decides, per connection number, a command code whose arrival from the receiver cuts the connection before it is passed on.</summary>
    public Func<int, char?> CutWhenReceiverSends { get; set; } = _ => null;

    /// <summary>Called, with the connection number, the moment a command cut happens (before anything else passes).</summary>
    public Action<int>? WhenCut { get; set; }

    /// <summary>Octets passed towards the receiver, per connection.</summary>
    public List<long> OctetsTowardsReceiver { get; } = [];

    protected override async Task RelayAsync(TcpClient client, int number)
    {
        lock (OctetsTowardsReceiver)
        {
            OctetsTowardsReceiver.Add(0);
        }

        using var server = new TcpClient();
        using (client)
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, TargetPort);
                using var cut = CancellationTokenSource.CreateLinkedTokenSource(Stopping);
                var towardsReceiver = PumpAsync(client.GetStream(), server.GetStream(), number, CutTowardsReceiverAfter(number), null, counts: true, cut);
                var towardsSender = PumpAsync(server.GetStream(), client.GetStream(), number, null, CutWhenReceiverSends(number), counts: false, cut);
                await Task.WhenAny(towardsReceiver, towardsSender);
                await cut.CancelAsync();
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, int number, long? cutAfter, char? cutOnCommand, bool counts, CancellationTokenSource cut)
    {
        var buffer = new byte[64 * 1024];
        var frames = new FrameTracker();
        long passed = 0;
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, cut.Token);
                if (read == 0)
                {
                    return;
                }

                var length = read;
                if (cutAfter is { } limit && passed + length > limit)
                {
                    length = (int)(limit - passed);
                }

                if (cutOnCommand is { } code && frames.FindCommandStart(buffer.AsSpan(0, read), (byte)code) is { } at)
                {
                    WhenCut?.Invoke(number);
                    await to.WriteAsync(buffer.AsMemory(0, at), cut.Token);
                    return;
                }

                await to.WriteAsync(buffer.AsMemory(0, length), cut.Token);
                passed += length;
                if (counts)
                {
                    lock (OctetsTowardsReceiver)
                    {
                        OctetsTowardsReceiver[number - 1] += length;
                    }
                }

                if (length < read)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
        }
        finally
        {
            from.Socket.Close(0);
            to.Socket.Close(0);
        }
    }

    /// <summary>Follows STH frames across reads to tell where each command's first octet is.</summary>
    private sealed class FrameTracker
    {
        private readonly byte[] _header = new byte[4];
        private int _headerFill;
        private long _remaining;

        public int? FindCommandStart(ReadOnlySpan<byte> data, byte code)
        {
            for (var i = 0; i < data.Length; i++)
            {
                if (_remaining > 0)
                {
                    var skip = (int)Math.Min(_remaining, data.Length - i);
                    _remaining -= skip;
                    i += skip - 1;
                    continue;
                }

                _header[_headerFill++] = data[i];
                if (_headerFill < 4)
                {
                    continue;
                }

                _headerFill = 0;
                _remaining = ((_header[1] << 16) | (_header[2] << 8) | _header[3]) - 4;
                if (i + 1 < data.Length && data[i + 1] == code)
                {
                    return Math.Max(0, i - 3);
                }
            }

            return null;
        }
    }
}
