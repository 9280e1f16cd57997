using Connectors.Host.Serving;
using Connectors.Mft.Endpoints;

namespace Connectors.Host.Tests.Triggers;

public sealed class When_a_file_is_still_being_written
{
    private static readonly DateTimeOffset Noon = new(2025, 1, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void It_counts_only_once_two_polls_show_it_unchanged_and_again_only_when_it_changes()
    {
        var detector = new NewFileDetector();
        RemoteFile Order(long size, int minute) => new("in/order.xml", "order.xml", size, Noon.AddMinutes(minute));

        var first = detector.Observe([Order(100, 0)]);
        var growing = detector.Observe([Order(200, 1)]);
        var settled = detector.Observe([Order(200, 1)]);
        detector.Handled(settled);
        var handled = detector.Observe([Order(200, 1)]);
        var gone = detector.Observe([]);
        var back = detector.Observe([Order(200, 1)]);
        var backSettled = detector.Observe([Order(200, 1)]);

        Assert.True(first.Count == 0, "a file seen once may still be growing");
        Assert.True(growing.Count == 0, "a file whose size changed is still being written");
        Assert.True(settled.Count == 1, "a file unchanged over two polls is ready");
        Assert.True(handled.Count == 0, "a handled file must not count again while unchanged");
        Assert.True(gone.Count == 0 && back.Count == 0, "a file that came back needs two polls again");
        Assert.True(backSettled.Count == 1, "a file that was gone and came back counts again");
    }
}
