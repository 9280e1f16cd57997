using System.Text;
using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using FsCheck;
using FsCheck.Fluent;

namespace Connectors.Oftp2.Tests.Protocol.Support;

/// <summary>FsCheck generators of valid commands: every field within what RFC 5024 §5.3 allows.</summary>
public static class CommandGenerators
{
    private const string StringCharacters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ/-.&()";

    private static readonly string[] TextPieces = ["a", "Z", " ", "0", ":", "ä", "ß", "€", "日本", "😀", "\r\n", "'", "\""];

    /// <summary>An X(n) string: no leading or embedded space.</summary>
    public static Gen<string> Alphanumeric(int minimum, int width) =>
        from length in Gen.Choose(minimum, width)
        from characters in Gen.ArrayOf(Gen.Elements(StringCharacters.ToCharArray()), length)
        select new string(characters);

    /// <summary>An identification code (§5.4): the X(n) set, inner spaces allowed.</summary>
    public static Gen<string> Identification(int width) =>
        from first in Gen.Elements(StringCharacters.ToCharArray())
        from length in Gen.Choose(0, width - 1)
        from rest in Gen.ArrayOf(Gen.Elements((StringCharacters + " ").ToCharArray()), length)
        select (first + new string(rest)).TrimEnd();

    /// <summary>User data: printable ISO 646, without the trailing spaces decoding strips.</summary>
    public static Gen<string> UserData(int width) =>
        from length in Gen.Choose(0, width)
        from characters in Gen.ArrayOf(Gen.Choose(0x20, 0x7E).Select(c => (char)c), length)
        select new string(characters).TrimEnd();

    /// <summary>UTF-8 text of at most <paramref name="maximumOctets"/> octets.</summary>
    public static Gen<string> Utf8Text(int maximumOctets) =>
        from count in Gen.Choose(0, 40)
        from pieces in Gen.ArrayOf(Gen.Elements(TextPieces), count)
        let text = string.Concat(pieces)
        select Encoding.UTF8.GetByteCount(text) <= maximumOctets ? text : "";

    public static Gen<byte[]> Octets(int maximumLength) =>
        from length in Gen.Choose(0, maximumLength)
        from octets in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
        select octets;

    public static Gen<long> Number(long maximum) =>
        Gen.OneOf(
            Gen.Choose(0, (int)Math.Min(maximum, int.MaxValue)).Select(n => (long)n),
            from high in Gen.Choose(0, int.MaxValue) from low in Gen.Choose(0, int.MaxValue) select ((((long)high << 31) | (uint)low) % (maximum + 1)),
            Gen.Constant(maximum));

    public static Gen<VirtualFileTimestamp> Timestamp =>
        from year in Gen.Choose(1900, 2199)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        from seconds in Gen.Choose(0, (24 * 3600) - 1)
        from counter in Gen.Choose(0, 9999)
        select new VirtualFileTimestamp(new DateOnly(year, month, day), TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(seconds)), counter);

    public static Arbitrary<StartSession> StartSessions() => (
        from level in Gen.Elements(ProtocolLevel.Revision14, ProtocolLevel.Revision20, (ProtocolLevel)6)
        from code in Identification(25)
        from password in Alphanumeric(0, 8)
        from bufferSize in Gen.Choose(128, 99999)
        from capability in Gen.Elements(SendReceiveCapability.SendOnly, SendReceiveCapability.ReceiveOnly, SendReceiveCapability.Both)
        from flags in Gen.ArrayOf(Gen.Elements(true, false), 4)
        from credit in Gen.Choose(1, 999)
        from user in UserData(8)
        select new StartSession
        {
            Level = level,
            IdentificationCode = code,
            Password = password,
            BufferSize = bufferSize,
            Capability = capability,
            BufferCompression = flags[0],
            Restart = flags[1],
            SpecialLogic = flags[2],
            Credit = credit,
            SecureAuthentication = flags[3] && level >= ProtocolLevel.Revision20,
            UserData = user,
        }).ToArbitrary();

    public static Arbitrary<StartFile> StartFiles() => (
        from name in Alphanumeric(1, 26)
        from stamp in Timestamp
        from user in UserData(8)
        from destination in Identification(25)
        from originator in Identification(25)
        from format in Gen.Elements(VirtualFileFormat.Fixed, VirtualFileFormat.Variable, VirtualFileFormat.Unstructured, VirtualFileFormat.Text)
        from recordLength in Gen.Choose(1, 65536)
        from sizes in Gen.ArrayOf(Number(9_999_999_999_999L), 2)
        from restart in Number(99_999_999_999_999_999L)
        from security in Gen.Elements(SecurityLevel.None, SecurityLevel.Encrypted, SecurityLevel.Signed, SecurityLevel.EncryptedAndSigned)
        from cipher in Gen.Choose(0, 6)
        from compression in Gen.Elements(FileCompression.None, FileCompression.Zlib)
        from enveloping in Gen.Elements(FileEnveloping.None, FileEnveloping.Cms)
        from signed in Gen.Elements(true, false)
        from description in Utf8Text(999)
        select new StartFile
        {
            DatasetName = name,
            Timestamp = stamp,
            UserData = user,
            Destination = destination,
            Originator = originator,
            Format = format,
            MaximumRecordLength = format is VirtualFileFormat.Fixed or VirtualFileFormat.Variable ? recordLength : 0,
            FileSize = sizes[0],
            OriginalFileSize = sizes[1],
            RestartPosition = restart,
            Security = security,
            CipherSuite = (CipherSuite)cipher,
            Compression = compression,
            Enveloping = enveloping,
            SignedResponseRequested = signed,
            Description = description,
        }).ToArbitrary();

    public static Arbitrary<EndToEndResponse> EndToEndResponses() => (
        from name in Alphanumeric(1, 26)
        from stamp in Timestamp
        from user in UserData(8)
        from destination in Identification(25)
        from originator in Identification(25)
        from hash in Octets(64)
        from signature in Octets(2000)
        select new EndToEndResponse
        {
            DatasetName = name,
            Timestamp = stamp,
            UserData = user,
            Destination = destination,
            Originator = originator,
            Hash = hash,
            Signature = signature,
        }).ToArbitrary();

    public static Arbitrary<NegativeEndResponse> NegativeEndResponses() => (
        from name in Alphanumeric(1, 26)
        from stamp in Timestamp
        from destination in Identification(25)
        from originator in Identification(25)
        from creator in Identification(25)
        from reason in Gen.Choose(0, 99)
        from text in Utf8Text(999)
        from hash in Octets(64)
        from signature in Octets(2000)
        select new NegativeEndResponse
        {
            DatasetName = name,
            Timestamp = stamp,
            Destination = destination,
            Originator = originator,
            Creator = creator,
            Reason = (NegativeEndResponseReason)reason,
            ReasonText = text,
            Hash = hash,
            Signature = signature,
        }).ToArbitrary();

    public static Arbitrary<StartFilePositiveAnswer> StartFilePositiveAnswers() =>
        Number(99_999_999_999_999_999L).Select(count => new StartFilePositiveAnswer(count)).ToArbitrary();

    public static Arbitrary<StartFileNegativeAnswer> StartFileNegativeAnswers() => (
        from reason in Gen.Choose(0, 99)
        from retry in Gen.Elements(true, false)
        from text in Utf8Text(999)
        select new StartFileNegativeAnswer((StartFileNegativeReason)reason, retry, text)).ToArbitrary();

    public static Arbitrary<EndFile> EndFiles() => (
        from records in Number(99_999_999_999_999_999L)
        from units in Number(99_999_999_999_999_999L)
        select new EndFile(records, units)).ToArbitrary();

    public static Arbitrary<EndFilePositiveAnswer> EndFilePositiveAnswers() =>
        Gen.Elements(true, false).Select(cd => new EndFilePositiveAnswer(cd)).ToArbitrary();

    public static Arbitrary<EndFileNegativeAnswer> EndFileNegativeAnswers() => (
        from reason in Gen.Choose(0, 99)
        from text in Utf8Text(999)
        select new EndFileNegativeAnswer((EndFileNegativeReason)reason, text)).ToArbitrary();

    public static Arbitrary<EndSession> EndSessions() => (
        from reason in Gen.Choose(0, 99)
        from text in Utf8Text(999)
        select new EndSession((EndSessionReason)reason, text)).ToArbitrary();

    public static Arbitrary<AuthenticationChallenge> AuthenticationChallenges() =>
        Octets(3000).Select(octets => new AuthenticationChallenge(octets)).ToArbitrary();

    public static Arbitrary<AuthenticationResponse> AuthenticationResponses() =>
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), AuthenticationResponse.ResponseLength)
            .Select(octets => new AuthenticationResponse(octets)).ToArbitrary();
}
