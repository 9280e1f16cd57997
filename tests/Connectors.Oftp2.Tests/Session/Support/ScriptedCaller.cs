using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>What a scripted initiator says to our responder: its SSID, a file offer, and the start phase.</summary>
internal static class ScriptedCaller
{
    public static readonly StartSession StartSession = new()
    {
        IdentificationCode = Parties.ClientCode,
        Password = Parties.ClientPassword,
        BufferSize = 4096,
        Credit = 4,
        Restart = true,
    };

    public static readonly StartFile FileOffer = new()
    {
        DatasetName = "SCRIPTED.BIN",
        Timestamp = VirtualFileTimestamp.From(new DateTime(2026, 11, 22, 11, 0, 0, DateTimeKind.Utc)),
        Destination = Parties.ServerCode,
        Originator = Parties.ClientCode,
    };

    /// <summary>SSRM in, our SSID out, the responder's SSID in.</summary>
    public static async Task StartAsync(ScriptedPeer peer, StartSession? startSession = null)
    {
        await peer.ReceiveAsync<StartSessionReadyMessage>();
        await peer.SendAsync(startSession ?? StartSession);
        await peer.ReceiveAsync<StartSession>();
    }

    /// <summary>A DATA exchange buffer holding <paramref name="octets"/> as uncompressed subrecords, the last closing the record.</summary>
    public static byte[] Data(ReadOnlySpan<byte> octets)
    {
        var buffer = new List<byte> { (byte)'D' };
        for (var at = 0; at < octets.Length; at += 63)
        {
            var piece = octets[at..Math.Min(at + 63, octets.Length)];
            buffer.Add((byte)(piece.Length | (at + 63 >= octets.Length ? 0x80 : 0)));
            buffer.AddRange(piece.ToArray());
        }

        return [.. buffer];
    }
}
