using System.Data.Common;
using ComplaintMonitor.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>Writes <see cref="Data.ComplaintStatFact"/> rows with one prepared command: plain inserts for a full recompute, upserts for the incremental run.</summary>
public sealed class StatFactWriter : IAsyncDisposable
{
    private static readonly string[] Columns =
    [
        "ComplaintId", "RegisteredOn", "UnitId", "WindowId", "StaffId", "Channel", "Category", "Accepted", "Rejected", "Anonymous",
        "ClosedOn", "HandledOnTime", "VisitResult", "Finding", "ReopenCount", "HandlingWorkingDays", "LookBack",
        "RealNameBadRating", "VisitedAndRectified",
    ];

    private readonly DbCommand _insert;
    private readonly DbParameter[] _parameters;
    private readonly Dictionary<string, DbCommand> _updates = [];

    public StatFactWriter(DbContext db, bool upsert = false)
    {
        _insert = db.Database.GetDbConnection().CreateCommand();
        _insert.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _insert.CommandText = $"""
            INSERT INTO "ComplaintStatFacts" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})
            """ + (upsert ? $"""

            ON CONFLICT ("ComplaintId") DO UPDATE SET {string.Join(", ", Columns.Skip(1).Select(c => $"\"{c}\" = excluded.\"{c}\""))}
            """ : "");
        _parameters = [.. Columns.Select((_, i) =>
        {
            var p = _insert.CreateParameter();
            p.ParameterName = $"@p{i}";
            _insert.Parameters.Add(p);
            return p;
        })];
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
    public async Task UpdateAsync(ComplaintFacts before, ComplaintFacts after, CancellationToken ct)
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
            update = _insert.Connection!.CreateCommand();
            update.Transaction = _insert.Transaction;
            update.CommandText = $"""
                UPDATE "ComplaintStatFacts" SET {string.Join(", ", changed.Select(i => $"\"{Columns[i]}\" = @p{i}"))} WHERE "ComplaintId" = @p0
                """;
            foreach (var i in changed.Prepend(0))
            {
                var p = update.CreateParameter();
                p.ParameterName = $"@p{i}";
                update.Parameters.Add(p);
            }
            _updates[key] = update;
        }
        update.Parameters["@p0"].Value = after.ComplaintId;
        foreach (var i in changed)
        {
            update.Parameters[$"@p{i}"].Value = now[i] ?? DBNull.Value;
        }
        await update.ExecuteNonQueryAsync(ct);
    }

    public async Task InsertAsync(ComplaintFacts f, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(f);
        var values = Values(f);
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
        await _insert.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var update in _updates.Values)
        {
            await update.DisposeAsync();
        }
        await _insert.DisposeAsync();
    }
}
