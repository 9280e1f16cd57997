using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>Assertions on sessions that say what broke.</summary>
internal static class Expect
{
    public static void Journaled(MemoryPartner partner, string entry, string what) =>
        Assert.True(partner.Journal.Contains(entry), $"{what}: '{entry}' missing from the {partner.Code} journal [{string.Join(", ", partner.Journal)}]");

    public static void NotJournaled(MemoryPartner partner, string entry, string what) =>
        Assert.False(partner.Journal.Contains(entry), $"{what}: '{entry}' unexpected in the {partner.Code} journal [{string.Join(", ", partner.Journal)}]");

    public static void Normal(SessionResult result, string side)
    {
        var outcome = result.Ended(side);
        Assert.True(outcome.IsNormal, $"{side}: ended with ESID {(int)outcome.Reason:D2} '{outcome.ReasonText}', a normal end expected");
    }

    public static void EndedWith(SessionResult result, EndSessionReason reason, bool byPartner, string side)
    {
        var outcome = result.Ended(side);
        Assert.True(outcome.Reason == reason, $"{side}: ended with ESID {(int)outcome.Reason:D2} '{outcome.ReasonText}', ESID {(int)reason:D2} expected");
        Assert.True(outcome.EndedByPartner == byPartner, $"{side}: EndedByPartner is {outcome.EndedByPartner}, {byPartner} expected");
    }

    public static void SameContent(byte[] expected, byte[] actual, string what)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var at = expected.AsSpan().CommonPrefixLength(actual);
        Assert.Fail($"{what}: {expected.Length} octets expected, {actual.Length} arrived, first difference at octet {at}");
    }
}
