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
}
