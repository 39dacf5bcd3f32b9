using System.Data.Common;
using System.Globalization;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>
/// SUMs over a rollup table (StatRows or EvaluationStatRows) for one scope and period, optionally grouped by a child
/// dimension. The scope's own column is an equality, so the (Period, UnitId|WindowId|StaffId, Day) indexes serve it.
/// </summary>
internal static class RollupSums
{
    public static async Task<Dictionary<int, long[]>> SumAsync(
        DbContext db, string table, IReadOnlyList<string> columns, Scope scope, int id, string? groupBy, StatSlices slices,
        IReadOnlyList<(string Column, string Value)> equals, CancellationToken ct)
    {
        if (groupBy is not null && !StatSums.Dimensions.Contains(groupBy))
        {
            throw new ArgumentOutOfRangeException(nameof(groupBy));
        }
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        await using var command = connection.CreateCommand();
        // The centre's own totals of complaint rollups read the centre grain (a few rows per month instead of one per staff member).
        var centre = table == "StatRows" && scope == Scope.Centre && groupBy is null;
        var where = new List<string> { string.Format(CultureInfo.InvariantCulture, StatSlices.Sql(0, centre), "@p0", "@p1", "@p2", "@p3", "@p4", "@p5") };
        var parameters = slices.Parameters;
        for (var i = 0; i < parameters.Length; i++)
        {
            Add(command, $"@p{i}", parameters[i]);
        }
        if (ScopeColumn(scope) is { } column)
        {
            where.Add($"\"{column}\" = @id");
            Add(command, "@id", id);
        }
        for (var i = 0; i < equals.Count; i++)
        {
            where.Add($"\"{equals[i].Column}\" = @e{i}");
            Add(command, $"@e{i}", equals[i].Value);
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

    /// <summary>The rollup column a scope restricts, or null for the whole centre.</summary>
    public static string? ScopeColumn(Scope scope) => scope switch
    {
        Scope.Unit => "UnitId",
        Scope.Window => "WindowId",
        Scope.Staff => "StaffId",
        _ => null,
    };

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
