namespace Connectors.Mft.Tasks;

/// <summary>The steps a definition needs, in order. The definition is frozen per run, so the plan of a restart matches the first attempt's.</summary>
internal static class MftStepPlan
{
    public static IReadOnlyList<IMftStep> For(MftTaskDefinition definition)
    {
        var steps = new List<IMftStep> { new FileSetStep(), new StageStep() };
        if (definition.Compression != MftCompression.None)
        {
            steps.Add(new CompressStep(definition.Compression));
        }

        if (definition.Encryption.Mode == MftEncryptionMode.OpenPgp)
        {
            steps.Add(new EncryptStep());
        }

        steps.Add(new TransferStep());
        if (!definition.Source.KeepSourceFiles)
        {
            steps.Add(new RemoveSourceStep());
        }

        return steps;
    }
}
