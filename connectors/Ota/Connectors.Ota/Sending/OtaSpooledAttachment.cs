namespace Connectors.Ota.Sending;

/// <summary>An attachment as it waits in the spool: where its copy is and what to call it.</summary>
internal sealed record OtaSpooledAttachment(string ContentId, string ContentType, string FileName, string Path, long Length);
