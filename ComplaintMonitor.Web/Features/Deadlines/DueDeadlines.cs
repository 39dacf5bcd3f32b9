using System.Data.Common;
using System.Globalization;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;

namespace ComplaintMonitor.Web.Features.Deadlines;

/// <summary>What an alert says about its case and whom it goes to.</summary>
public sealed record AlertedCase(long Id, string CaseNumber, ComplaintStatus Status, ComplaintCategory Category, int? LeadUnitId, int? HandlerStaffId, int? RespondentStaffId);

public sealed record DueDeadline(Deadline Deadline, AlertedCase Case);

/// <summary>
/// The scan's read: running deadlines that reached a warning level not yet raised, with the case columns an alert needs.
/// Each branch of the union reads one partial index (see <see cref="DeadlineConfiguration"/>); a deadline in several is
/// taken once. A plain data reader with <see cref="Deadline.Restore"/>: through EF the same read cost three times the
/// query (materialisation and the query pipeline, about a millisecond of the scan's budget).
/// </summary>
public static class DueDeadlines
{
    private static readonly string Sql = $"""
        SELECT d."Id", d."ComplaintId", d."Kind", d."CaseNumber", d."CaseReceivedAt", d."StartedOn", d."WorkingDays", d."ExtensionCount",
               d."FirstDueOn", d."DueOn", d."Provisional", d."WarnAt", d."DueAt", d."EscalateAt", d."PausedOn", d."CompletedAt", d."AlertLevel",
               c."Status", c."Category", c."LeadUnitId", c."HandlerStaffId", c."RespondentStaffId"
        FROM "Deadlines" AS d JOIN "Complaints" AS c ON c."Id" = d."ComplaintId"
        WHERE d."Id" IN (
            SELECT "Id" FROM "Deadlines" WHERE {DeadlineConfiguration.NotAlertedFilter(DeadlineAlertLevel.Yellow)} AND "WarnAt" <= @now
            UNION SELECT "Id" FROM "Deadlines" WHERE {DeadlineConfiguration.NotAlertedFilter(DeadlineAlertLevel.Red)} AND "DueAt" < @now
            UNION SELECT "Id" FROM "Deadlines" WHERE {DeadlineConfiguration.NotAlertedFilter(DeadlineAlertLevel.Leadership)} AND "EscalateAt" < @now
            LIMIT @take)
        """;

    /// <summary>Up to <paramref name="take"/> due deadlines, read on an open connection (in <paramref name="transaction"/> when there is one).</summary>
    public static List<DueDeadline> Read(DbConnection connection, DbTransaction? transaction, DateTimeOffset now, int take)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        command.AddParameter("@now", now.UtcTicks); // instants are stored as UTC ticks (AppDbContext's converter)
        command.AddParameter("@take", take);
        var due = new List<DueDeadline>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var complaintId = r.GetInt64(1);
            var deadline = Deadline.Restore(r.GetInt64(0), complaintId, Enum.Parse<DeadlineKind>(r.GetString(2)), (r.GetString(3), Instant(r, 4)),
                (Date(r, 5), r.GetInt32(6), r.GetInt32(7)), (Date(r, 8), Date(r, 9), r.GetBoolean(10)), (Instant(r, 11), Instant(r, 12), Instant(r, 13)),
                r.IsDBNull(14) ? null : Date(r, 14), r.IsDBNull(15) ? null : Instant(r, 15), (DeadlineAlertLevel)r.GetInt32(16));
            var c = new AlertedCase(complaintId, deadline.CaseNumber, Enum.Parse<ComplaintStatus>(r.GetString(17)), Enum.Parse<ComplaintCategory>(r.GetString(18)),
                OptionalInt(r, 19), OptionalInt(r, 20), OptionalInt(r, 21));
            due.Add(new DueDeadline(deadline, c));
        }
        return due;
    }

    private static DateTimeOffset Instant(DbDataReader r, int i) => new(r.GetInt64(i), TimeSpan.Zero);

    // Dates are stored as ISO text (EF's SQLite mapping of DateOnly).
    private static DateOnly Date(DbDataReader r, int i) => DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? OptionalInt(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
}
