namespace Connectors.Benchmarks.Oftp2;

/// <summary>The two identities of the OFTP2 benchmarks.</summary>
internal static class Oftp2Parties
{
    public const string SenderCode = "O0013000000BENCHSEND";
    public const string ReceiverCode = "O0013000000BENCHRECV";
    public const string SenderPassword = "SENDPASS";
    public const string ReceiverPassword = "RECVPASS";
}
