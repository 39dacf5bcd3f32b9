using System.Data.Common;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>Writes <see cref="Data.ComplaintStatFact"/> rows with prepared statements (<see cref="RowStatement"/>): an insert (an upsert when asked) and an update per set of changed columns.</summary>
public sealed class StatFactWriter : IDisposable
{
    private static readonly string[] Columns =
    [
        "ComplaintId", "RegisteredOn", "UnitId", "WindowId", "StaffId", "Channel", "Category", "Accepted", "Rejected", "Anonymous",
        "ClosedOn", "HandledOnTime", "VisitResult", "Finding", "ReopenCount", "HandlingWorkingDays", "LookBack",
        "RealNameBadRating", "VisitedAndRectified",
    ];

    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly RowStatement _insert;
    private readonly Dictionary<string, (RowStatement Statement, int[] Columns)> _updates = [];

    /// <summary>On the context's open connection, in its transaction.</summary>
    public StatFactWriter(DbContext db, bool upsert = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        _connection = db.Database.GetDbConnection();
        _transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _insert = RowStatement.Prepare(_connection, _transaction, $"""
            INSERT INTO "ComplaintStatFacts" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})
            """ + (upsert ? $"""

            ON CONFLICT ("ComplaintId") DO UPDATE SET {string.Join(", ", Columns.Skip(1).Select(c => $"\"{c}\" = excluded.\"{c}\""))}
            """ : ""), [.. Columns.Select((_, i) => $"@p{i}")]);
    }

    private static object?[] Values(ComplaintFacts f) =>
    [
        f.ComplaintId, f.RegisteredOn, f.UnitId, f.WindowId, f.StaffId, f.Channel.ToString(), f.Category.ToString(), f.Accepted, f.Rejected, f.Anonymous,
        f.ClosedOn, f.HandledOnTime, f.VisitResult?.ToString(), f.Finding?.ToString(), f.ReopenCount, f.HandlingWorkingDays, f.LookBack?.ToString(),
        f.RealNameBadRating, f.VisitedAndRectified,
    ];

    /// <summary>
    /// Rewrites only the columns that changed: SQLite maintains just the indexes over those columns (a case moving on
    /// usually touches none of the drill-down indexes), where a full upsert would rewrite all eight.
    /// </summary>
    public void Update(ComplaintFacts before, ComplaintFacts after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = Values(before);
        var now = Values(after);
        var changed = Enumerable.Range(1, Columns.Length - 1).Where(i => !Equals(old[i], now[i])).ToArray();
        if (changed.Length == 0)
        {
            return;
        }
        var key = string.Join(",", changed);
        if (!_updates.TryGetValue(key, out var update))
        {
            // Parameters: the key first, then the changed columns in order.
            update = (RowStatement.Prepare(_connection, _transaction, $"""
                UPDATE "ComplaintStatFacts" SET {string.Join(", ", changed.Select(i => $"\"{Columns[i]}\" = @p{i}"))} WHERE "ComplaintId" = @p0
                """, [.. changed.Prepend(0).Select(i => $"@p{i}")]), changed);
            _updates[key] = update;
        }
        update.Statement.Set(0, after.ComplaintId);
        for (var i = 0; i < update.Columns.Length; i++)
        {
            update.Statement.Set(i + 1, now[update.Columns[i]]);
        }
        update.Statement.Execute();
    }

    public void Insert(ComplaintFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var values = Values(f);
        for (var i = 0; i < values.Length; i++)
        {
            _insert.Set(i, values[i]);
        }
        _insert.Execute();
    }

    public void Dispose()
    {
        foreach (var (statement, _) in _updates.Values)
        {
            statement.Dispose();
        }
        _insert.Dispose();
    }
}
