using System.Globalization;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Evaluations;

/// <summary>Rating counts of a slice (period, optional unit or window) summed from <see cref="EvaluationStatRow"/>: no scan of the ratings.</summary>
public static class RatingCounts
{
    private static readonly string Sql = $"""
        SELECT {string.Join(", ", EvaluationCountsColumns.Names.Select(c => $"COALESCE(SUM(\"{c}\"), 0)"))} FROM "EvaluationStatRows"
        WHERE {string.Format(CultureInfo.InvariantCulture, StatSlices.Sql(0), "@p0", "@p1", "@p2", "@p3", "@p4", "@p5")}
          AND (@unit IS NULL OR "UnitId" = @unit) AND (@window IS NULL OR "WindowId" = @window)
        """;

    /// <summary>The sums over a period (inclusive dates); a period that runs to <c>today</c> may read the current month's month rows (see <see cref="StatSlices.Of"/>).</summary>
    public static async Task<EvaluationCounts> SumAsync(AppDbContext db, DateOnly from, DateOnly to, DateOnly? today = null,
        int? unitId = null, int? windowId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Sql;
        var slices = StatSlices.Of(from, to, today).Parameters;
        for (var i = 0; i < slices.Length; i++)
        {
            Add(command, $"@p{i}", slices[i]);
        }
        Add(command, "@unit", unitId is { } u ? u : DBNull.Value);
        Add(command, "@window", windowId is { } w ? w : DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return EvaluationCounts.Zero;
        }
        var values = new long[EvaluationCounts.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.GetInt64(i);
        }
        return EvaluationCounts.FromArray(values);
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
