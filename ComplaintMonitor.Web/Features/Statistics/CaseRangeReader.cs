using System.Data.Common;
using System.Runtime.CompilerServices;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// The rollups' read of cases (a range for the full recompute, the queued ones for the incremental run), straight to
/// their <see cref="ComplaintFacts"/>: the columns <see cref="ComplaintFacts.Of"/> needs (the property tests hold the
/// result to the domain's own derivation from loaded cases), read with a plain synchronous data reader and decoded
/// without <see cref="Enum.Parse{TEnum}(string)"/> — through EF's projection, and then through async reads and an
/// intermediate row per case, reading a million cases was the slowest part of the recompute, and a thousand queued
/// cases took 40 ms more than the reads themselves.
/// </summary>
public static class CaseRangeReader
{
    // One text value per row (StoredValues.Fields): eighteen columns read one by one cost more than the whole read.
    private static readonly string Cases = $"""
        SELECT {StoredValues.Concat([StoredValues.Column("Id"), StoredValues.Column("RegisteredAt"), StoredValues.OrEmpty("RespondentUnitId"),
            StoredValues.OrEmpty("RespondentWindowId"), StoredValues.OrEmpty("RespondentStaffId"), StoredValues.Column("Channel"), StoredValues.Column("Category"),
            StoredValues.OrEmpty("AcceptedAt"), StoredValues.Column("Status"), StoredValues.Column("ComplainantAnonymous"), StoredValues.OrEmpty("ClosedAt"),
            StoredValues.OrEmpty("VisitResult"), StoredValues.OrEmpty("Finding"), StoredValues.Column("ReopenCount"), "(\"RejectionNotice\" IS NOT NULL)",
            StoredValues.OrEmpty("LookBackOutcome"), "(\"SourceEvaluationId\" IS NOT NULL)", StoredValues.OrEmpty("Rectification")])}
        FROM "Complaints" WHERE @cases ORDER BY "Id"
        """;

    // The handling deadline of a case is its last reply-by or rectify-by clock.
    private const string Handling = """
        SELECT "ComplaintId", "Id", "CompletedAt", "DueAt" FROM "Deadlines"
        WHERE @cases AND "Kind" IN ('ReplyBy', 'RectifyBy')
        """;

    /// <summary>The facts of the selected cases, in id order. Synchronous: SQLite's async calls are.</summary>
    // Optimized at its first call: a recompute runs its loops once, mostly in unoptimized and instrumenting tiers otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<ComplaintFacts> ReadFacts(DbContext db, CaseSelection cases, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Database.OpenConnection();
        var handling = new Dictionary<long, (long Id, DateTimeOffset? CompletedAt, DateTimeOffset DueAt)>();
        using (var command = Command(db, Handling.Replace("@cases", cases.Where("ComplaintId"), StringComparison.Ordinal), cases))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                var complaint = r.GetInt64(0);
                var id = r.GetInt64(1);
                if (!handling.TryGetValue(complaint, out var h) || h.Id < id)
                {
                    handling[complaint] = (id, Instant(r, 2), Instant(r, 3)!.Value);
                }
            }
        }
        var facts = new List<ComplaintFacts>(cases.Capacity);
        using (var command = Command(db, Cases.Replace("@cases", cases.Where("Id"), StringComparison.Ordinal), cases))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                var c = new StoredValues.Fields(r.GetString(0));
                var id = c.Long();
                var registeredAt = c.Instant();
                var (unit, window, staff) = (c.OptionalInt(), c.OptionalInt(), c.OptionalInt());
                var (channel, category, acceptedAt) = (c.Enum<Channel>(), c.Enum<ComplaintCategory>(), c.OptionalInstant());
                var (status, anonymous, closedAt) = (c.Enum<ComplaintStatus>(), c.Bool(), c.OptionalInstant());
                var (visit, finding, reopenCount, wasRejected) = (c.OptionalEnum<VisitResult>(), c.OptionalEnum<Finding>(), c.Int(), c.Bool());
                var (lookBack, badRatingCase, rectification) = (c.OptionalEnum<LookBackOutcome>(), c.Bool(), c.OptionalEnum<RectificationMode>());
                var found = handling.TryGetValue(id, out var h);
                facts.Add(ComplaintFacts.Of(id, registeredAt, unit, window, staff, channel, category, acceptedAt, status, anonymous, closedAt,
                    found ? h.CompletedAt : null, found ? h.DueAt : null, visit, finding, reopenCount, wasRejected, lookBack, calendar, badRatingCase, rectification));
            }
        }
        return facts;
    }

    // Instants are stored as UTC ticks (AppDbContext's converter).
    private static DateTimeOffset? Instant(DbDataReader r, int i) => r.IsDBNull(i) ? null : new DateTimeOffset(r.GetInt64(i), TimeSpan.Zero);

    /// <summary>A command on the context's connection, in its transaction when there is one.</summary>
    internal static DbCommand Command(DbContext db, string sql, CaseSelection cases)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in new[] { ("@from", cases.From), ("@to", cases.To) })
        {
            command.AddParameter(name, value);
        }
        return command;
    }
}
