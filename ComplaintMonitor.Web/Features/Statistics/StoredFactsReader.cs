using System.Runtime.CompilerServices;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Reads the stored facts of the selected cases straight into <see cref="ComplaintFacts"/>, for the full recompute's
/// comparison and the incremental run's "what was this case counted as": a million rows through entity
/// materialisation took longer than deriving the facts afresh.
/// </summary>
public static class StoredFactsReader
{
    // One text value per row (StoredValues.Fields): nineteen columns read one by one cost more than the whole read.
    private static readonly string Sql = $"""
        SELECT {StoredValues.Concat([.. new[] { "ComplaintId", "RegisteredOn", "UnitId", "WindowId", "StaffId", "Channel", "Category", "Accepted", "Rejected", "Anonymous" }.Select(StoredValues.Column),
            StoredValues.OrEmpty("ClosedOn"), StoredValues.Column("HandledOnTime"), StoredValues.OrEmpty("VisitResult"), StoredValues.OrEmpty("Finding"), StoredValues.Column("ReopenCount"),
            StoredValues.OrEmpty("HandlingWorkingDays"), StoredValues.OrEmpty("LookBack"), StoredValues.Column("RealNameBadRating"), StoredValues.Column("VisitedAndRectified")])}
        FROM "ComplaintStatFacts" WHERE @cases
        """;

    /// <summary>Synchronous, as SQLite's async calls are; run it off the request thread.</summary>
    // Optimized at its first call: a recompute runs its loops once, mostly in unoptimized and instrumenting tiers otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Dictionary<long, ComplaintFacts> Read(DbContext db, CaseSelection cases)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Database.OpenConnection();
        using var command = CaseRangeReader.Command(db, Sql.Replace("@cases", cases.Where("ComplaintId"), StringComparison.Ordinal), cases);
        var facts = new Dictionary<long, ComplaintFacts>(cases.Capacity);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var r = new StoredValues.Fields(reader.GetString(0));
            var f = new ComplaintFacts(r.Long(), r.Date(), r.Int(), r.Int(), r.Int(), r.Enum<Channel>(), r.Enum<ComplaintCategory>(), r.Bool(), r.Bool(), r.Bool(),
                r.OptionalDate(), r.Bool(), r.OptionalEnum<VisitResult>(), r.OptionalEnum<Finding>(), r.Int(), r.OptionalInt(), r.OptionalEnum<LookBackOutcome>(), r.Bool(), r.Bool());
            facts[f.ComplaintId] = f;
        }
        return facts;
    }
}
