using System.Net;
using System.Net.Sockets;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// A relay on loopback between a sender and a receiver that changes one octet of one command on its way, as a
/// hostile network would: a data octet in the middle of the first DATA towards the receiver, or the last octet of
/// the first EERP (inside EERPSIG) towards the sender. It reads whole stream transmission buffers (RFC 5024 §8),
/// so it knows where each command starts.
/// </summary>
internal sealed class TamperingRelay : LoopbackRelay
{
    private const int HeaderSize = 4;
    private readonly Target _tampering;
    private int _tampered;

    private TamperingRelay(int targetPort, Target tampering)
        : base(targetPort)
    {
        _tampering = tampering;
    }

    private enum Target
    {
        DataOctet,
        EndToEndResponseSignature,
    }

    /// <summary>How many octets were changed so far (at most one).</summary>
    public int Tampered => _tampered;

    /// <summary>Flips a data octet in the middle of the first DATA towards the receiver.</summary>
    public static TamperingRelay FlippingFileData(int targetPort) => new(targetPort, Target.DataOctet);

    /// <summary>Flips the last octet of the first EERP towards the sender: the end of its signature.</summary>
    public static TamperingRelay FlippingEerpSignature(int targetPort) => new(targetPort, Target.EndToEndResponseSignature);

    protected override async Task RelayAsync(TcpClient client, int number)
    {
        using var server = new TcpClient();
        using (client)
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, TargetPort);
                using var done = CancellationTokenSource.CreateLinkedTokenSource(Stopping);
                var towardsReceiver = PumpAsync(client.GetStream(), server.GetStream(), _tampering == Target.DataOctet ? FlipDataOctet : null, done.Token);
                var towardsSender = PumpAsync(server.GetStream(), client.GetStream(), _tampering == Target.EndToEndResponseSignature ? FlipLastOctetOfEerp : null, done.Token);
                await Task.WhenAny(towardsReceiver, towardsSender);
                await done.CancelAsync();
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, Func<byte[], bool>? tamper, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderSize];
        try
        {
            while (true)
            {
                await from.ReadExactlyAsync(header, cancellationToken);
                var length = ((header[1] << 16) | (header[2] << 8) | header[3]) - HeaderSize;
                var command = new byte[length];
                await from.ReadExactlyAsync(command, cancellationToken);
                if (tamper is not null && Volatile.Read(ref _tampered) == 0 && tamper(command))
                {
                    Interlocked.Increment(ref _tampered);
                }

                await to.WriteAsync(header, cancellationToken);
                await to.WriteAsync(command, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or EndOfStreamException)
        {
        }
        finally
        {
            from.Socket.Close(0);
            to.Socket.Close(0);
        }
    }

    // DATA is 'D' and subrecords of a header octet (end of record, compressed, count 0-63) and their octets
    // (RFC 5024 §7.2). The octet flipped is the first of the uncompressed subrecord that covers the middle.
    private static bool FlipDataOctet(byte[] command)
    {
        if (command.Length < 3 || command[0] != (byte)'D')
        {
            return false;
        }

        var middle = command.Length / 2;
        var offset = 1;
        while (offset < command.Length)
        {
            var count = command[offset] & 0x3F;
            var compressed = (command[offset] & 0x40) != 0;
            var next = offset + 1 + (compressed ? 1 : count);
            if (!compressed && count > 0 && next > middle)
            {
                command[offset + 1] ^= 0x01;
                return true;
            }

            offset = next;
        }

        return false;
    }

    // EERPSIG is the last field of an EERP (RFC 5024 §5.3.13), and a signature value ends a CMS SignedData.
    private static bool FlipLastOctetOfEerp(byte[] command)
    {
        if (command.Length < 2 || command[0] != (byte)'E')
        {
            return false;
        }

        command[^1] ^= 0x01;
        return true;
    }
}
