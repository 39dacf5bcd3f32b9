using System.Data.Common;
using ComplaintMonitor.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// The full recompute's read of a range of cases: the same columns as <see cref="ComplaintFactsQuery"/> (which the
/// incremental run uses, and which the property tests hold this to), read with a plain data reader — through EF's
/// projection, reading a million cases was the slowest part of the recompute.
/// </summary>
public static class CaseRangeReader
{
    private const string Cases = """
        SELECT "Id", "RegisteredAt", "RespondentUnitId", "RespondentWindowId", "RespondentStaffId", "Channel", "Category", "AcceptedAt", "Status",
               "ComplainantAnonymous", "ClosedAt", "VisitResult", "Finding", "ReopenCount", "RejectionNotice" IS NOT NULL, "LookBackOutcome",
               "SourceEvaluationId" IS NOT NULL, "Rectification"
        FROM "Complaints" WHERE "Id" >= @from AND "Id" <= @to ORDER BY "Id"
        """;

    // The handling deadline of a case is its last reply-by or rectify-by clock.
    private const string Handling = """
        SELECT "ComplaintId", "Id", "CompletedAt", "DueAt" FROM "Deadlines"
        WHERE "ComplaintId" >= @from AND "ComplaintId" <= @to AND "Kind" IN ('ReplyBy', 'RectifyBy')
        """;

    public static async Task<List<ComplaintFactsQuery.Row>> ReadAsync(DbContext db, long fromId, long toId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var handling = new Dictionary<long, (long Id, DateTimeOffset? CompletedAt, DateTimeOffset DueAt)>();
        await using (var command = Command(connection, Handling, fromId, toId))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var complaint = r.GetInt64(0);
                var id = r.GetInt64(1);
                if (!handling.TryGetValue(complaint, out var h) || h.Id < id)
                {
                    handling[complaint] = (id, Instant(r, 2), Instant(r, 3)!.Value);
                }
            }
        }
        var rows = new List<ComplaintFactsQuery.Row>();
        await using (var command = Command(connection, Cases, fromId, toId))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var id = r.GetInt64(0);
                var found = handling.TryGetValue(id, out var h);
                rows.Add(new ComplaintFactsQuery.Row(id, Instant(r, 1)!.Value, Int(r, 2), Int(r, 3), Int(r, 4), Enum.Parse<Channel>(r.GetString(5)),
                    Enum.Parse<ComplaintCategory>(r.GetString(6)), Instant(r, 7), Enum.Parse<ComplaintStatus>(r.GetString(8)), r.GetBoolean(9), Instant(r, 10),
                    found ? h.CompletedAt : null, found ? h.DueAt : null, Optional<VisitResult>(r, 11), Optional<Finding>(r, 12), r.GetInt32(13), r.GetBoolean(14),
                    Optional<LookBackOutcome>(r, 15), r.GetBoolean(16), Optional<RectificationMode>(r, 17)));
            }
        }
        return rows;
    }

    // Instants are stored as UTC ticks (AppDbContext's converter).
    private static DateTimeOffset? Instant(DbDataReader r, int i) => r.IsDBNull(i) ? null : new DateTimeOffset(r.GetInt64(i), TimeSpan.Zero);

    private static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static T? Optional<T>(DbDataReader r, int i) where T : struct, Enum => r.IsDBNull(i) ? null : Enum.Parse<T>(r.GetString(i));

    private static DbCommand Command(DbConnection connection, string sql, long fromId, long toId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in new[] { ("@from", fromId), ("@to", toId) })
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return command;
    }
}
