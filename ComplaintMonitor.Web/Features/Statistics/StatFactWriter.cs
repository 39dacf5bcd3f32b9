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

    public async Task InsertAsync(ComplaintFacts f, CancellationToken ct)
    {
        object?[] values =
        [
            f.ComplaintId, f.RegisteredOn, f.UnitId, f.WindowId, f.StaffId, f.Channel.ToString(), f.Category.ToString(), f.Accepted, f.Rejected, f.Anonymous,
            f.ClosedOn, f.HandledOnTime, f.VisitResult?.ToString(), f.Finding?.ToString(), f.ReopenCount, f.HandlingWorkingDays, f.LookBack?.ToString(),
            f.RealNameBadRating, f.VisitedAndRectified,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
        await _insert.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _insert.DisposeAsync();
}
