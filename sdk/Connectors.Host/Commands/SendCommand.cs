using System.CommandLine;
using System.Globalization;
using Connectors.Host.Cli;
using Connectors.Sdk.Messages;
using Spectre.Console;

namespace Connectors.Host.Commands;

/// <summary>
/// <c>connectors send</c>: streams one file through a sender and prints the receipt. The file is
/// never read whole into memory; a transfer that takes more than a second shows a progress bar when
/// a person watches the terminal.
/// </summary>
internal static class SendCommand
{
    private const int FileBufferSize = 1 << 16;
    private static readonly TimeSpan ProgressAfter = TimeSpan.FromSeconds(1);

    public static Command Create(CliApplication application)
    {
        var connector = new Argument<string>("connector") { Description = "Id of the sender, e.g. oftp2-sender." };
        var file = new Option<FileInfo>("--file", "-f")
        {
            Description = "The file to send.",
            HelpName = "path",
            Required = true,
        }.AcceptExistingOnly();
        var fileName = new Option<string?>("--file-name") { Description = "Name the partner sees (default: the file's own name)." };
        var description = new Option<string?>("--description") { Description = "Free text describing the file." };
        var encoding = new Option<string?>("--encoding") { Description = "Character encoding of a text file, e.g. UTF-8; binary when left out." };
        var correlationId = new Option<string?>("--correlation-id") { Description = "Id that ties the file to its receipt (default: chosen by the connector)." };
        var properties = new PropertyArguments();

        var command = new Command("send", "Send a file through a sender connector and print the receipt; exit 6 when the partner rejects it.")
        {
            connector, file, fileName, description, encoding, correlationId,
        };
        properties.AddTo(command);

        application.SetAction(command, async (context, cancellationToken) =>
        {
            var id = context.GetValue(connector);
            var registration = context.Catalog.Get(id).Registration;
            var json = properties.Read(context, registration.PropertiesType);
            var source = context.GetValue(file);

            var payload = new CountingStream(new FileStream(source.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan));
            await using (payload.ConfigureAwait(false))
            {
                var headers = new MessageHeaders
                {
                    FileName = context.GetValue(fileName) ?? source.Name,
                    Description = context.GetValue(description),
                    Encoding = context.GetValue(encoding),
                    CorrelationId = context.GetValue(correlationId),
                };
                var sending = context.Runner.SendAsync(id, json, new ConnectorMessage(payload, headers), cancellationToken);
                var receipt = await ShowProgress(context, sending, payload, source.Length, headers.FileName, cancellationToken).ConfigureAwait(false);
                Print(context.Out, receipt, headers.FileName);
                if (receipt.Status == ReceiptStatus.Rejected)
                {
                    await context.Error.WriteLineAsync($"error: the partner rejected {headers.FileName}: {receipt.ReasonCode} {receipt.Reason}".TrimEnd()).ConfigureAwait(false);
                    return ExitCode.Rejected;
                }

                return ExitCode.Success;
            }
        });
        return command;
    }

    private static async Task<SendReceipt> ShowProgress(CommandContext context, Task<SendReceipt> sending, CountingStream payload, long length, string label, CancellationToken cancellationToken)
    {
        if (!context.Interactive)
        {
            return await sending.ConfigureAwait(false);
        }

        // Most sends end quickly; a bar that flashes for a moment is noise.
        await Task.WhenAny(sending, Task.Delay(ProgressAfter, cancellationToken)).ConfigureAwait(false);
        if (!sending.IsCompleted)
        {
            await context.Console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var bar = progress.AddTask(Markup.Escape(label), maxValue: Math.Max(1, length));
                    while (!sending.IsCompleted)
                    {
                        bar.Value = payload.Progress;
                        await Task.WhenAny(sending, Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken)).ConfigureAwait(false);
                    }

                    bar.Value = payload.Progress;
                }).ConfigureAwait(false);
        }

        return await sending.ConfigureAwait(false);
    }

    private static void Print(TextWriter output, SendReceipt receipt, string fileName)
    {
        void Line(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                output.WriteLine($"{key,-16} {value}");
            }
        }

        Line("file:", fileName);
        Line("status:", receipt.Status switch
        {
            ReceiptStatus.Delivered => "delivered",
            ReceiptStatus.PendingAcknowledgement => "pending acknowledgement",
            _ => "rejected",
        });
        Line("correlation id:", receipt.CorrelationId);
        Line("bytes:", receipt.BytesTransferred.ToString(CultureInfo.InvariantCulture));
        Line("partner receipt:", receipt.PartnerReceiptId);
        Line("reason code:", receipt.ReasonCode);
        Line("reason:", receipt.Reason);
        Line("at:", receipt.Timestamp.ToString("O", CultureInfo.InvariantCulture));
    }
}
