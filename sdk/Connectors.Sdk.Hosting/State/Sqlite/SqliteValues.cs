using System.Globalization;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>How values are written to and read from the database's columns.</summary>
internal static class SqliteValues
{
    // Fixed width, so text order is time order and indexes on it sort correctly. Milliseconds are
    // the precision kept: "fff" truncates, as the PostgreSQL store does.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // A serializer of our own, so global Newtonsoft defaults set elsewhere in a host cannot change
    // the stored form; no date parsing, so a header that looks like a date comes back as written.
    private static readonly JsonSerializer Json = JsonSerializer.Create(new JsonSerializerSettings
    {
        DateParseHandling = DateParseHandling.None,
        Formatting = Formatting.None,
    });

    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? value) => value is { } time ? Time(time) : null;

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The store's clock reading, at the precision stored.</summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

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

    public static void Add(this SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    public static string Text(this SqliteDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? NullableText(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long Integer(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static long? NullableInteger(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }

    public static double? NullableReal(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }

    public static DateTimeOffset Time(this SqliteDataReader reader, string column) => ParseTime(reader.Text(column));

    public static DateTimeOffset? NullableTime(this SqliteDataReader reader, string column) =>
        reader.NullableText(column) is { } text ? ParseTime(text) : null;

    /// <summary>Enums are stored by name, so an operator reading the table sees what they mean.</summary>
    public static TEnum Enum<TEnum>(this SqliteDataReader reader, string column)
        where TEnum : struct, Enum => System.Enum.Parse<TEnum>(reader.Text(column));

    public static Dictionary<string, string> Dictionary(this SqliteDataReader reader, string column) => ParseDictionary(reader.Text(column));

    /// <summary>
    /// Reads every row, to the end: an UPDATE ... RETURNING commits when its statement finishes, and
    /// an error in that commit must surface here rather than be lost when the reader closes.
    /// </summary>
    public static async Task<List<T>> ReadAllAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
