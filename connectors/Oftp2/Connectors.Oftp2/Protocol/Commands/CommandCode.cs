namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>The command identifier, the first octet of every exchange buffer (RFC 5024 §5.2). Values are the wire characters.</summary>
public enum CommandCode
{
    /// <summary>SSRM, 'I'.</summary>
    StartSessionReadyMessage = 'I',

    /// <summary>SSID, 'X'.</summary>
    StartSession = 'X',

    /// <summary>SECD, 'J'.</summary>
    SecurityChangeDirection = 'J',

    /// <summary>AUCH, 'A'.</summary>
    AuthenticationChallenge = 'A',

    /// <summary>AURP, 'S'.</summary>
    AuthenticationResponse = 'S',

    /// <summary>SFID, 'H'.</summary>
    StartFile = 'H',

    /// <summary>SFPA, '2'.</summary>
    StartFilePositiveAnswer = '2',

    /// <summary>SFNA, '3'.</summary>
    StartFileNegativeAnswer = '3',

    /// <summary>DATA, 'D'.</summary>
    Data = 'D',

    /// <summary>CDT, 'C'.</summary>
    SetCredit = 'C',

    /// <summary>EFID, 'T'.</summary>
    EndFile = 'T',

    /// <summary>EFPA, '4'.</summary>
    EndFilePositiveAnswer = '4',

    /// <summary>EFNA, '5'.</summary>
    EndFileNegativeAnswer = '5',

    /// <summary>ESID, 'F'.</summary>
    EndSession = 'F',

    /// <summary>CD, 'R'.</summary>
    ChangeDirection = 'R',

    /// <summary>EERP, 'E'.</summary>
    EndToEndResponse = 'E',

    /// <summary>NERP, 'N'.</summary>
    NegativeEndResponse = 'N',

    /// <summary>RTR, 'P'.</summary>
    ReadyToReceive = 'P',
}
