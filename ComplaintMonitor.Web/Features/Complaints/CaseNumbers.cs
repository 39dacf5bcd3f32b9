using System.Globalization;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints;

/// <summary>受理编号 TS + date + daily sequence, drawn inside the registering transaction by one atomic upsert.</summary>
public static class CaseNumbers
{
    public static async Task<string> NextAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        // INSERT … ON CONFLICT … RETURNING is understood by SQLite (≥ 3.35) and PostgreSQL alike.
        var last = await db.Database.SqlQuery<int>($"""
            INSERT INTO "CaseNumberCounters" ("Day", "Last") VALUES ({day}, 1)
            ON CONFLICT ("Day") DO UPDATE SET "Last" = "CaseNumberCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return Format(day, last.Single());
    }

    public static string Format(DateOnly day, int sequence) => $"TS{day:yyyyMMdd}{sequence:D4}";

    /// <summary>
    /// The registration days a case-number prefix can stand for ("TS2024" → all of 2024, "TS202403" → March 2024,
    /// "TS2024031" → 10–19 March), because the number is drawn on the day of registration; null unless the prefix is
    /// TS and digits. The register uses it to read a prefix search through the registration-time index.
    /// </summary>
    public static (DateOnly First, DateOnly Last)? DaysOf(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length < 3 || !prefix.StartsWith("TS", StringComparison.OrdinalIgnoreCase) || !prefix[2..].All(char.IsAsciiDigit))
        {
            return null;
        }
        var digits = prefix[2..Math.Min(prefix.Length, 10)];
        return (Day(digits.PadRight(8, '0')), Day(digits.PadRight(8, '9')));
    }

    // Clamps yyyyMMdd digits to a real date: month 00 → 1, 19 → 12; day 00 → 1, 99 → the month's last day; years to 1900–9000.
    private static DateOnly Day(string yyyyMMdd)
    {
        var year = Math.Clamp(int.Parse(yyyyMMdd[..4], CultureInfo.InvariantCulture), 1900, 9000);
        var month = Math.Clamp(int.Parse(yyyyMMdd[4..6], CultureInfo.InvariantCulture), 1, 12);
        var day = Math.Clamp(int.Parse(yyyyMMdd[6..8], CultureInfo.InvariantCulture), 1, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, day);
    }
}
