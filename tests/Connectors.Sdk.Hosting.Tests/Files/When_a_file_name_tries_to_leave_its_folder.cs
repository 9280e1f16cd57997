using Connectors.Sdk.Hosting.Files;

namespace Connectors.Sdk.Hosting.Tests.Files;

public sealed class When_a_file_name_tries_to_leave_its_folder
{
    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData(".hidden")]
    [InlineData("C:evil")]
    [InlineData("")]
    [InlineData("nul\0byte")]
    public void The_name_is_refused(string name)
    {
        Assert.True(SafeFileName.Problem(name) is not null, $"'{name}' was accepted as a file name");
    }

    [Theory]
    [InlineData("INVOIC.20261123.edi")]
    [InlineData("ORDERS_001")]
    public void An_ordinary_name_is_accepted(string name)
    {
        Assert.Null(SafeFileName.Problem(name));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("in/../../outside")]
    [InlineData("/etc/passwd")]
    public void A_relative_path_may_not_climb_out(string relative)
    {
        Assert.Throws<UnauthorizedAccessException>(() => SafeFileName.CombineWithin("/srv/root", relative));
    }

    [Fact]
    public void A_path_inside_stays_inside()
    {
        Assert.Equal("/srv/root/in/file.txt", SafeFileName.CombineWithin("/srv/root", "in/./file.txt"));
    }
}
