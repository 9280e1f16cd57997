using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>A state row read from SQLite: integers for numbers and flags, ISO-8601 text for times, JSON text for dictionaries.</summary>
internal readonly struct SqliteRow(SqliteDataReader reader) : IStateRow
{
    public string Text(string column) => reader.Text(column);

    public string? NullableText(string column) => reader.NullableText(column);

    public long Long(string column) => reader.Integer(column);

    public long? NullableLong(string column) => reader.NullableInteger(column);

    public double? NullableDouble(string column) => reader.NullableReal(column);

    public bool Boolean(string column) => reader.Integer(column) != 0;

    public DateTimeOffset Time(string column) => reader.Time(column);

    public DateTimeOffset? NullableTime(string column) => reader.NullableTime(column);

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum => reader.Enum<TEnum>(column);

    public Dictionary<string, string> Dictionary(string column) => reader.Dictionary(column);

    public byte[]? NullableBytes(string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : (byte[])reader.GetValue(ordinal);
    }
}
