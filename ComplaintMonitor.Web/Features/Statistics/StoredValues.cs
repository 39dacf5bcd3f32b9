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

    public static DateOnly ParseDate(string s)
    {
        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && Digits(s, 0, 4) is var year and > 0 && Digits(s, 5, 2) is var month and >= 1 and <= 12
            && Digits(s, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        return DateOnly.Parse(s, CultureInfo.InvariantCulture);
    }

    private static int Digits(string s, int start, int length)
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

        public static T Parse(string s) => ByName.TryGetValue(s, out var value) ? value : System.Enum.Parse<T>(s);
    }
}
