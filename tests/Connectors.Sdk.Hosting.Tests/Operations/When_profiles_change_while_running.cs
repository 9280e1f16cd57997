using Connectors.Sdk.Hosting.Tests.Fixtures;

namespace Connectors.Sdk.Hosting.Tests.Operations;

public sealed class When_profiles_change_while_running : IDisposable
{
    private readonly ProfileFolder _folder = new();

    [Fact]
    public async Task An_added_changed_or_removed_profile_is_picked_up()
    {
        _folder.Write("first", ProfileFolder.Valid());
        using var store = StoreFactory.Open(_folder, watch: true);
        var changes = 0;
        store.Changed += (_, _) => Interlocked.Increment(ref changes);

        _folder.Write("second", ProfileFolder.Valid(host: "partner.example"));
        await Eventually(() => store.Find("second") is not null, "an added profile was not picked up");

        _folder.Write("second", ProfileFolder.Valid(host: "changed.example"));
        await Eventually(() => store.Find("second") is { Profile: SampleProfile { Host: "changed.example" } }, "a changed profile was not picked up");

        File.Delete(Path.Combine(_folder.Path, "first.json"));
        await Eventually(() => store.Find("first") is null, "a removed profile is still served");
        Assert.True(changes >= 1, "no Changed event was raised");
    }

    private static async Task Eventually(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(50);
        }
    }

    public void Dispose() => _folder.Dispose();
}
