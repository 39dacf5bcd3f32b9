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

    /// <summary>Synchronous, as SQLite's async calls are; run it off the request thread.</summary>
    public static Dictionary<long, ComplaintFacts> ReadRange(DbContext db, long fromId, long toId)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Database.OpenConnection();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Sql;
        Add(command, "@from", fromId);
        Add(command, "@to", toId);
        var facts = new Dictionary<long, ComplaintFacts>((int)Math.Min(toId - fromId + 1, 100_000));
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var f = new ComplaintFacts(r.GetInt64(0), StoredValues.Date(r, 1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
                StoredValues.Enum<Channel>(r, 5), StoredValues.Enum<ComplaintCategory>(r, 6), r.GetBoolean(7), r.GetBoolean(8), r.GetBoolean(9),
                StoredValues.OptionalDate(r, 10), r.GetBoolean(11), StoredValues.OptionalEnum<VisitResult>(r, 12), StoredValues.OptionalEnum<Finding>(r, 13),
                r.GetInt32(14), r.IsDBNull(15) ? null : r.GetInt32(15), StoredValues.OptionalEnum<LookBackOutcome>(r, 16), r.GetBoolean(17), r.GetBoolean(18));
            facts[f.ComplaintId] = f;
        }
        return facts;
    }

    private static void Add(DbCommand command, string name, long value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
