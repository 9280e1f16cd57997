using System.Runtime.ExceptionServices;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Turns an error raised while a CMS layer was read into the <see cref="FileSecurityFailure"/> of that layer. The
/// layers are chained streams, so an error surfaces wherever the next read happens: the innermost layer that saw it
/// names it first, and the outer layers keep that name. An error of the caller's own stream is no security failure
/// and is rethrown as it was.
/// </summary>
internal static class FailureAttribution
{
    /// <summary>Whether an error should become a security failure rather than pass through untouched.</summary>
    public static bool IsAttributable(Exception error) =>
        error is not OperationCanceledException and not OutOfMemoryException and not StackOverflowException;

    /// <summary>
    /// The failure to throw for <paramref name="error"/>. A failure already named by an inner layer, and an error of
    /// the caller's stream, are rethrown here as they were, with their stack traces.
    /// </summary>
    public static FileSecurityException Resolve(Exception error, FileSecurityFailure failure, string layer)
    {
        for (var cause = error; cause is not null; cause = cause.InnerException)
        {
            if (cause is TransmittedStreamException { InnerException: { } original })
            {
                ExceptionDispatchInfo.Throw(original);
            }

            if (cause is FileSecurityException named)
            {
                ExceptionDispatchInfo.Throw(named);
            }
        }

        return new FileSecurityException(failure, $"{layer}: {error.Message}", error);
    }
}
