using System.Globalization;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// The one reader of the rollup tables (StatRows, EvaluationStatRows): SUMs of the given count columns over a period's
/// slices, optionally within one unit, window or staff member, filtered by equal columns, and grouped by a dimension.
/// The scope's column is an equality, so the (Period, UnitId|WindowId|StaffId, Day) indexes serve it; centre-wide complaint
/// totals read the centre grain. Runs inside the caller's transaction when there is one.
/// </summary>
public static class RollupSums
{
    public static readonly string[] Dimensions = ["UnitId", "WindowId", "StaffId"];

    /// <returns>Sums by the <paramref name="groupBy"/> dimension's value; without a grouping, one entry under key 0.</returns>
    public static async Task<Dictionary<int, long[]>> SumAsync(
        DbContext db, string table, IReadOnlyList<string> columns, StatSlices slices, string? scopeColumn = null, int scopeId = 0,
        string? groupBy = null, IReadOnlyList<(string Column, string Value)>? equals = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(columns);
        if ((groupBy is not null && !Dimensions.Contains(groupBy)) || (scopeColumn is not null && !Dimensions.Contains(scopeColumn)))
        {
            throw new ArgumentOutOfRangeException(nameof(groupBy), "a rollup dimension is UnitId, WindowId or StaffId");
        }
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // The centre's own totals of complaint rollups read the centre grain (a few rows per month instead of one per staff member).
        var centre = table == "StatRows" && scopeColumn is null && groupBy is null;
        var where = new List<string> { string.Format(CultureInfo.InvariantCulture, StatSlices.Sql(0, centre), "@p0", "@p1", "@p2", "@p3", "@p4", "@p5") };
        var parameters = slices.Parameters;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.AddParameter($"@p{i}", parameters[i]);
        }
        if (scopeColumn is not null)
        {
            where.Add($"\"{scopeColumn}\" = @id");
            command.AddParameter("@id", scopeId);
        }
        equals ??= [];
        for (var i = 0; i < equals.Count; i++)
        {
            where.Add($"\"{equals[i].Column}\" = @e{i}");
            command.AddParameter($"@e{i}", equals[i].Value);
        }
        var key = groupBy is null ? "0" : $"\"{groupBy}\"";
        command.CommandText = $"""
            SELECT {key}, {string.Join(", ", columns.Select(c => $"COALESCE(SUM(\"{c}\"), 0)"))}
            FROM "{table}" WHERE {string.Join(" AND ", where)}{(groupBy is null ? "" : $" GROUP BY \"{groupBy}\"")}
            """;
        var result = new Dictionary<int, long[]>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var values = new long[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetInt64(i + 1);
            }
            result[reader.GetInt32(0)] = values;
        }
        return result;
    }
}
