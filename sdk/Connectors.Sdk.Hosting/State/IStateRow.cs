namespace Connectors.Sdk.Hosting.State;

/// <summary>
/// One row of a state table, whichever database it comes from: each backend says how its column types
/// read (times as ISO text in SQLite, <c>timestamptz</c> in PostgreSQL), and <see cref="StateRows"/> says,
/// once for both, which column fills which field.
/// </summary>
internal interface IStateRow
{
    string Text(string column);

    string? NullableText(string column);

    long Long(string column);

    long? NullableLong(string column);

    double? NullableDouble(string column);

    bool Boolean(string column);

    DateTimeOffset Time(string column);

    DateTimeOffset? NullableTime(string column);

    TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum;

    Dictionary<string, string> Dictionary(string column);

    byte[]? NullableBytes(string column);
}
