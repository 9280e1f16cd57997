using Connectors.Host.Cli;

return await CliApplication.ForConsole().RunAsync(args).ConfigureAwait(false);
