using System.Collections.Frozen;
using System.Data.Common;
using System.Globalization;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Decodes the stored forms of enums (their names) and dates (<c>yyyy-MM-dd</c> text) for the bulk readers of the full
/// recompute, which read millions of them: a lookup in a table of the names instead of <see cref="Enum.Parse{TEnum}(string)"/>,
/// and the ten characters of a date read directly. Anything else falls back to the general parsers.
/// </summary>
public static class StoredValues
{
    public static T Enum<T>(DbDataReader r, int i) where T : struct, System.Enum => Names<T>.Parse(r.GetString(i));

    public static T? OptionalEnum<T>(DbDataReader r, int i) where T : struct, System.Enum => r.IsDBNull(i) ? null : Names<T>.Parse(r.GetString(i));

    public static DateOnly Date(DbDataReader r, int i) => ParseDate(r.GetString(i));

    public static DateOnly? OptionalDate(DbDataReader r, int i) => r.IsDBNull(i) ? null : ParseDate(r.GetString(i));

    public static DateOnly ParseDate(string s) => ParseDate(s.AsSpan());

    public static DateOnly ParseDate(ReadOnlySpan<char> s)
    {
        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && Digits(s, 0, 4) is var year and > 0 && Digits(s, 5, 2) is var month and >= 1 and <= 12
            && Digits(s, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        return DateOnly.Parse(s, CultureInfo.InvariantCulture);
    }

    private static int Digits(ReadOnlySpan<char> s, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            var d = s[i] - '0';
            if (d is < 0 or > 9)
            {
                return -1;
            }
            value = (value * 10) + d;
        }
        return value;
    }

    private static class Names<T> where T : struct, System.Enum
    {
        private static readonly FrozenDictionary<string, T> ByName = System.Enum.GetNames<T>().ToFrozenDictionary(n => n, System.Enum.Parse<T>, StringComparer.Ordinal);
        private static readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> BySpan = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

        public static T Parse(string s) => ByName.TryGetValue(s, out var value) ? value : System.Enum.Parse<T>(s);

        public static T Parse(ReadOnlySpan<char> s) => BySpan.TryGetValue(s, out var value) ? value : System.Enum.Parse<T>(s);
    }

    /// <summary>
    /// The values of one row read as a single text column of comma-separated values (<see cref="Concat"/>): one column
    /// read through the provider costs more than SQLite's own formatting of two dozen integers, so a million-row read
    /// of many small columns is several times cheaper this way. For columns that never hold NULL or a comma.
    /// </summary>
    public ref struct Fields(ReadOnlySpan<char> row)
    {
        private ReadOnlySpan<char> _rest = row;

        public ReadOnlySpan<char> Next()
        {
            var comma = _rest.IndexOf(',');
            ReadOnlySpan<char> field;
            if (comma < 0)
            {
                field = _rest;
                _rest = [];
            }
            else
            {
                field = _rest[..comma];
                _rest = _rest[(comma + 1)..];
            }
            return field;
        }

        public long Long()
        {
            var field = Next();
            var negative = field.Length > 0 && field[0] == '-';
            long value = 0;
            foreach (var c in negative ? field[1..] : field)
            {
                var d = c - '0';
                if (d is < 0 or > 9)
                {
                    return long.Parse(field, CultureInfo.InvariantCulture);
                }
                value = (value * 10) + d;
            }
            return negative ? -value : value;
        }

        public int Int() => checked((int)Long());

        /// <summary>Whether the next field is empty (a NULL read through <see cref="OrEmpty"/>); consumes it only if it is.</summary>
        public bool IsEmpty()
        {
            if (_rest.Length == 0 || _rest[0] == ',')
            {
                Next();
                return true;
            }
            return false;
        }

        public bool Bool() => Long() != 0;

        public int? OptionalInt() => IsEmpty() ? null : Int();

        public DateOnly Date() => ParseDate(Next());

        public DateOnly? OptionalDate() => IsEmpty() ? null : ParseDate(Next());

        public DateTimeOffset Instant() => new(Long(), TimeSpan.Zero);

        public DateTimeOffset? OptionalInstant() => IsEmpty() ? null : Instant();

        public T Enum<T>() where T : struct, System.Enum => Names<T>.Parse(Next());

        public T? OptionalEnum<T>() where T : struct, System.Enum => IsEmpty() ? null : Names<T>.Parse(Next());
    }

    /// <summary>
    /// SQL for one text value of the given SQL expressions separated by commas. An expression must never be NULL (wrap a
    /// nullable column in <see cref="OrEmpty"/>: <c>concat_ws</c> skips NULLs) nor hold a comma. <c>concat_ws</c> (SQLite
    /// 3.44+, PostgreSQL) builds the value once, where a chain of <c>||</c> copies it again at every step, which showed in
    /// the million-row reads of the full recompute.
    /// </summary>
    public static string Concat(IEnumerable<string> expressions) => $"concat_ws(',', {string.Join(", ", expressions)})";

    /// <summary>A quoted column name.</summary>
    public static string Column(string name) => $"\"{name}\"";

    /// <summary>A nullable column as an expression that is never NULL: NULL reads as an empty field (<see cref="Fields.IsEmpty"/>).</summary>
    public static string OrEmpty(string name) => $"COALESCE(\"{name}\", '')";
}
