using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_a_task_name_is_not_department_dot_job
{
    [Theory]
    [InlineData("DailyInvoices")]
    [InlineData("Finance/DailyInvoices")]
    [InlineData(".DailyInvoices")]
    public async Task The_definition_is_refused_before_the_run_naming_the_field(string name)
    {
        await using var workspace = new MftWorkspace();
        var file = workspace.WriteSource("data.txt", [1, 2, 3]);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => workspace.RunAsync(MftWorkspace.Definition(name)));

        Assert.True(error.Kind == ConnectorErrorKind.Configuration, $"a bad name is configuration, not {error.Kind}");
        Assert.True(error.PropertyKeys.Contains("/name"), $"the error should point at /name: {string.Join(", ", error.PropertyKeys)} {error.Message}");
        Assert.True(File.Exists(file), "the source should be untouched");
    }
}
