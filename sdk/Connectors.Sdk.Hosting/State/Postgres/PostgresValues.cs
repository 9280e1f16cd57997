using System.Globalization;
using Newtonsoft.Json;
using Npgsql;
using NpgsqlTypes;

namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>How values are written to and read from the database's columns.</summary>
internal static class PostgresValues
{
    // A serializer of our own, so global Newtonsoft defaults set elsewhere in a host cannot change
    // the stored form; no date parsing, so a header that looks like a date comes back as written.
    private static readonly JsonSerializer Json = JsonSerializer.Create(new JsonSerializerSettings
    {
        DateParseHandling = DateParseHandling.None,
        Formatting = Formatting.None,
    });

    /// <summary>
    /// Times are kept to the millisecond, as the SQLite store keeps them, so both backends give back
    /// the same value for the same write (timestamptz alone would keep microseconds).
    /// </summary>
    public static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>The store's clock reading, at the precision stored.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => Truncate(clock.GetUtcNow());

    /// <summary>A creation time left unset by the caller takes the store's clock reading.</summary>
    public static DateTimeOffset OrNow(DateTimeOffset value, DateTimeOffset now) => value == default ? now : value;

    public static string Dictionary(IReadOnlyDictionary<string, string> values)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Json.Serialize(writer, values);
        return writer.ToString();
    }

    public static Dictionary<string, string> ParseDictionary(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Json.Deserialize<Dictionary<string, string>>(reader) ?? [];
    }

    // Parameters carry their type, so a null still tells the server what it is.
    public static void AddText(this NpgsqlCommand command, string name, string? value) => Add(command, name, NpgsqlDbType.Text, value);

    public static void AddBytes(this NpgsqlCommand command, string name, byte[]? value) => Add(command, name, NpgsqlDbType.Bytea, value);

    public static void AddInteger(this NpgsqlCommand command, string name, int value) => Add(command, name, NpgsqlDbType.Integer, value);

    public static void AddBigint(this NpgsqlCommand command, string name, long? value) => Add(command, name, NpgsqlDbType.Bigint, value);

    public static void AddDouble(this NpgsqlCommand command, string name, double? value) => Add(command, name, NpgsqlDbType.Double, value);

    public static void AddBoolean(this NpgsqlCommand command, string name, bool value) => Add(command, name, NpgsqlDbType.Boolean, value);

    public static void AddTime(this NpgsqlCommand command, string name, DateTimeOffset? value) =>
        Add(command, name, NpgsqlDbType.TimestampTz, value is { } time ? Truncate(time) : null);

    public static string Text(this NpgsqlDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? NullableText(this NpgsqlDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long Bigint(this NpgsqlDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static long? NullableBigint(this NpgsqlDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }

    public static double? NullableDouble(this NpgsqlDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }

    public static bool Boolean(this NpgsqlDataReader reader, string column) => reader.GetBoolean(reader.GetOrdinal(column));

    public static DateTimeOffset Time(this NpgsqlDataReader reader, string column) =>
        reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal(column));

    public static DateTimeOffset? NullableTime(this NpgsqlDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
    }

    /// <summary>Enums are stored by name, so an operator reading the table sees what they mean.</summary>
    public static TEnum Enum<TEnum>(this NpgsqlDataReader reader, string column)
        where TEnum : struct, Enum => System.Enum.Parse<TEnum>(reader.Text(column));

    public static Dictionary<string, string> Dictionary(this NpgsqlDataReader reader, string column) => ParseDictionary(reader.Text(column));

    public static async Task<List<T>> ReadAllAsync<T>(this NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static void Add(NpgsqlCommand command, string name, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
}
