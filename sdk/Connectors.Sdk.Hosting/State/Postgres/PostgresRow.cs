using Npgsql;

namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>A state row read from PostgreSQL: integer or bigint numbers, booleans, <c>timestamptz</c> times, JSON text for dictionaries.</summary>
internal readonly struct PostgresRow(NpgsqlDataReader reader) : IStateRow
{
    public string Text(string column) => reader.Text(column);

    public string? NullableText(string column) => reader.NullableText(column);

    // Counts are integer columns, sizes bigint ones: either reads as a long.
    public long Long(string column) => Convert.ToInt64(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public long? NullableLong(string column) => reader.NullableBigint(column);

    public double? NullableDouble(string column) => reader.NullableDouble(column);

    public bool Boolean(string column) => reader.Boolean(column);

    public DateTimeOffset Time(string column) => reader.Time(column);

    public DateTimeOffset? NullableTime(string column) => reader.NullableTime(column);

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum => reader.Enum<TEnum>(column);

    public Dictionary<string, string> Dictionary(string column) => reader.Dictionary(column);

    public byte[]? NullableBytes(string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<byte[]>(ordinal);
    }
}
