using Connectors.Sdk.Tasks;

namespace Connectors.Mft.Tests.Tasks.Fixtures;

/// <summary>Checks shared by the bad-input tests: the run failed at the step named, and the source is untouched.</summary>
public static class BadInput
{
    public static void AssertFailedWithoutHarm(TaskRunResult result, string step, string sourceFile, byte[] content, string destinationFolder)
    {
        Assert.True(result.State == TaskRunState.Failed, $"the run should fail, not end {result.State}");
        Assert.True(result.FailedStep == step, $"the {step} step should fail, not {result.FailedStep}: {result.Error}");
        Assert.True(File.Exists(sourceFile) && File.ReadAllBytes(sourceFile).SequenceEqual(content), "the source file should be left as it was");
        Assert.True(!Directory.Exists(destinationFolder) || Directory.GetFiles(destinationFolder, "*", SearchOption.AllDirectories).Length == 0, "nothing should be written at the destination");
    }
}
