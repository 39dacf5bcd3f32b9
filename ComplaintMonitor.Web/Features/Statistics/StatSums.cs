using System.Data.Common;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>Sums of rollup counts grouped by one dimension (unit, window or staff) over a period: rankings and snapshots.</summary>
public static class StatSums
{
    public static readonly string[] Dimensions = ["UnitId", "WindowId", "StaffId"];

    public static async Task<IReadOnlyDictionary<int, StatCounts>> ByAsync(DbContext db, string dimension, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!Dimensions.Contains(dimension))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension));
        }
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"""
            SELECT "{dimension}", {string.Join(", ", StatCountsColumns.Names.Select(c => $"SUM(\"{c}\")"))}
            FROM "StatRows" WHERE {string.Format(System.Globalization.CultureInfo.InvariantCulture, StatSlices.Sql(0), "@p0", "@p1", "@p2", "@p3", "@p4", "@p5")} GROUP BY "{dimension}"
            """;
        var slices = StatSlices.Of(from, to).Parameters;
        for (var i = 0; i < slices.Length; i++)
        {
            Add(command, $"@p{i}", slices[i]);
        }
        var result = new Dictionary<int, StatCounts>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var values = new long[StatCounts.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetInt64(i + 1);
            }
            result[reader.GetInt32(0)] = StatCounts.FromArray(values);
        }
        return result;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
