using System.CommandLine;
using Connectors.Host.Cli;
using Connectors.Host.Serving;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Commands;

/// <summary>
/// <c>connectors receive</c>: runs one receiver in the foreground, delivering each inbound file into a
/// folder exactly once, until Ctrl+C or SIGTERM.
/// </summary>
internal static class ReceiveCommand
{
    public static Command Create(CliApplication application)
    {
        var connector = new Argument<string>("connector") { Description = "Id of the receiver, e.g. oftp2-receiver." };
        var to = new Option<DirectoryInfo>("--to")
        {
            Description = "Folder to deliver inbound files into, one sub-folder per partner.",
            HelpName = "folder",
            Required = true,
        };
        var properties = new PropertyArguments();
        var command = new Command("receive", "Run a receiver until Ctrl+C or SIGTERM, delivering each inbound file into a folder exactly once.")
        {
            connector, to,
        };
        properties.AddTo(command);

        application.SetAction(
            command,
            async (context, cancellationToken) =>
            {
                var id = context.GetValue(connector);
                var registration = context.Catalog.Get(id).Registration;
                var json = properties.Read(context, registration.PropertiesType);
                var folder = context.GetValue(to).FullName;
                var state = context.Services.GetRequiredService<IStateStore>();

                // Bind before opening the sink: invalid properties should not leave an empty folder behind.
                context.Runner.BindProperties(id, json);
                var sink = await FolderSink.OpenAsync(folder, id, state.Inbox, cancellationToken).ConfigureAwait(false);
                var reporting = new ReportingSink(sink, (headers, result) =>
                {
                    lock (context.Out)
                    {
                        context.Out.WriteLine(ReportingSink.Describe(headers, result));
                    }
                });

                await context.Out.WriteLineAsync($"{id} is receiving into {folder}; Ctrl+C stops it.").ConfigureAwait(false);
                await context.Runner.ReceiveAsync(id, json, reporting, cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"{id} stopped.").ConfigureAwait(false);
                return ExitCode.Success;
            },
            stopIsSuccess: true);
        return command;
    }
}
