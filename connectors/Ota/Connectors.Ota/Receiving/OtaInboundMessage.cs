using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Multipart;

namespace Connectors.Ota.Receiving;

/// <summary>A post that was read whole and passed every check: who sent it, its envelope, and its spooled parts.</summary>
/// <param name="Partner">The account profile whose credentials it carried.</param>
/// <param name="Envelope">The envelope fields.</param>
/// <param name="PayloadContentType">The payload part's media type, when the post was multipart.</param>
/// <param name="Attachments">Its attachments, spooled beside the payload.</param>
internal sealed record OtaInboundMessage(string Partner, OtaEnvelope Envelope, string? PayloadContentType, IReadOnlyList<OtaReceivedAttachment> Attachments)
{
    /// <summary>MESSAGE_ID; checked to be present before a message is made.</summary>
    public string MessageId => Envelope.MessageId!;
}
