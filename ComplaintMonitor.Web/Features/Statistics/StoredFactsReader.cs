using System.Data.Common;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Reads the stored facts of a range of cases straight into <see cref="ComplaintFacts"/> for the full recompute's
/// comparison: a million rows through entity materialisation took longer than deriving the facts afresh.
/// </summary>
public static class StoredFactsReader
{
    private const string Sql = """
        SELECT "ComplaintId", "RegisteredOn", "UnitId", "WindowId", "StaffId", "Channel", "Category", "Accepted", "Rejected", "Anonymous",
               "ClosedOn", "HandledOnTime", "VisitResult", "Finding", "ReopenCount", "HandlingWorkingDays", "LookBack", "RealNameBadRating", "VisitedAndRectified"
        FROM "ComplaintStatFacts" WHERE "ComplaintId" >= @from AND "ComplaintId" <= @to
        """;

    public static async Task<Dictionary<long, ComplaintFacts>> ReadRangeAsync(DbContext db, long fromId, long toId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Sql;
        Add(command, "@from", fromId);
        Add(command, "@to", toId);
        var facts = new Dictionary<long, ComplaintFacts>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var f = new ComplaintFacts(r.GetInt64(0), r.GetFieldValue<DateOnly>(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
                Enum.Parse<Channel>(r.GetString(5)), Enum.Parse<ComplaintCategory>(r.GetString(6)), r.GetBoolean(7), r.GetBoolean(8), r.GetBoolean(9),
                r.IsDBNull(10) ? null : r.GetFieldValue<DateOnly>(10), r.GetBoolean(11), Optional<VisitResult>(r, 12), Optional<Finding>(r, 13), r.GetInt32(14),
                r.IsDBNull(15) ? null : r.GetInt32(15), Optional<LookBackOutcome>(r, 16), r.GetBoolean(17), r.GetBoolean(18));
            facts[f.ComplaintId] = f;
        }
        return facts;
    }

    private static T? Optional<T>(DbDataReader r, int i) where T : struct, Enum => r.IsDBNull(i) ? null : Enum.Parse<T>(r.GetString(i));

    private static void Add(DbCommand command, string name, long value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
