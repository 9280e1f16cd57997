using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>Tables as every command draws them: values as plain text, never read as markup.</summary>
internal static class Tables
{
    public static Table Create(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    public static void AddTextRow(this Table table, params string?[] cells) =>
        table.AddRow(cells.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell ?? string.Empty)).ToArray());
}
