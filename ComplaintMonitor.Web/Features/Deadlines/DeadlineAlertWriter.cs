using System.Data.Common;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Deadlines;

/// <summary>
/// Stores what the scan decided, inside its transaction: the history row the domain returned and the notifications
/// through prepared inserts built from the EF model (<see cref="ModelInsert"/>), then per level one statement that sets
/// the deadlines' new level and copies them into their unique alert rows — change tracking a few hundred new rows cost
/// more than writing them.
/// </summary>
public sealed class DeadlineAlertWriter : IDisposable
{
    private readonly AppDbContext _db;
    private readonly DbTransaction _transaction;
    private readonly ModelInsert _history;
    private readonly ModelInsert _notifications;
    private readonly Dictionary<DeadlineAlertLevel, List<long>> _levels = [];

    public DeadlineAlertWriter(AppDbContext db)
    {
        _db = db;
        _transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Alerts are written inside a transaction.");
        _history = ModelInsert.For<HistoryEntry>(db, includeKey: false);
        _notifications = ModelInsert.For<Notification>(db, includeKey: false, foreignKeysFromParent: false, returningKey: true);
    }

    /// <summary>One alert the domain recorded on <paramref name="deadline"/>: its history row now, its level and alert row at <see cref="FlushAsync"/>.</summary>
    public void Alert(long complaintId, Deadline deadline, HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (!_levels.TryGetValue(deadline.AlertLevel, out var ids))
        {
            _levels[deadline.AlertLevel] = ids = [];
        }
        ids.Add(deadline.Id);
        _history.Insert(entry, _transaction, null, complaintId);
    }

    /// <summary>Writes the notification and sets its id, which the live push carries.</summary>
    public void Notify(Notification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        n.Id = _notifications.InsertReturningKey(n, _transaction, null);
    }

    /// <summary>
    /// Per level: the deadlines take it, and each gets its alert row (deadline, case, kind, level, due date) — the unique
    /// key on (deadline, level, due date) refuses a second one.
    /// </summary>
    public async Task FlushAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var (level, ids) in _levels)
        {
            await using var command = _db.Database.GetDbConnection().CreateCommand();
            command.Transaction = _transaction;
            var list = string.Join(", ", ids.Select((_, i) => $"@d{i}"));
            command.CommandText = $"""
                UPDATE "Deadlines" SET "AlertLevel" = @level WHERE "Id" IN ({list});
                INSERT INTO "DeadlineAlerts" ("DeadlineId", "ComplaintId", "Kind", "Level", "DueAt", "CreatedAt")
                SELECT "Id", "ComplaintId", "Kind", "AlertLevel", "DueAt", @now FROM "Deadlines" WHERE "Id" IN ({list});
                """;
            command.AddParameter("@level", (int)level);
            command.AddParameter("@now", now.UtcTicks);
            for (var i = 0; i < ids.Count; i++)
            {
                command.AddParameter($"@d{i}", ids[i]);
            }
            await command.ExecuteNonQueryAsync(ct);
        }
        _levels.Clear();
    }


    public void Dispose()
    {
        _history.Dispose();
        _notifications.Dispose();
    }
}
