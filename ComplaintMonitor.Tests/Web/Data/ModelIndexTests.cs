using ComplaintMonitor.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Data;

/// <summary>
/// Every index the model declares exists in the migrated database under its name and with its filter. Two unnamed
/// indexes on the same column once collapsed into one in EF, so the running-deadline index silently never existed.
/// </summary>
public sealed class ModelIndexTests
{
    [Fact]
    public async Task EveryModelIndex_ExistsInTheMigratedDatabase_WithItsFilter()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var indexes = await db.Database.SqlQueryRaw<IndexRow>("SELECT name AS Name, sql AS Sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            .ToDictionaryAsync(i => i.Name, i => i.Sql);

        var declared = db.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()).ToList();
        Assert.NotEmpty(declared);
        foreach (var index in declared)
        {
            var name = index.GetDatabaseName()!;
            Assert.True(indexes.TryGetValue(name, out var sql), $"index {name} is declared but missing");
            if (index.GetFilter() is { } filter)
            {
                Assert.Contains(filter, sql, StringComparison.Ordinal);
            }
        }
        Assert.Contains("IX_Deadlines_Running_DueAt", indexes.Keys);
        Assert.Contains("IX_Deadlines_Unsupervised_DueAt", indexes.Keys);
    }

    [Fact]
    public async Task TheRollupTable_IsClusteredOnItsKey_WithItsColumnsAndIndexes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        var sql = await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name = 'StatRows'").SingleAsync();

        // The migration that rebuilt it (which EF's model cannot express) kept every column the model maps.
        Assert.EndsWith("WITHOUT ROWID", sql, StringComparison.Ordinal);
        var columns = db.Model.FindEntityType(typeof(ComplaintMonitor.Web.Data.StatRow))!.GetFlattenedProperties().Select(p => p.GetColumnName()).ToList();
        Assert.Equal(27, columns.Count);
        Assert.All(columns, c => Assert.Contains($"\"{c}\"", sql, StringComparison.Ordinal));
        await db.StatRows.Take(1).ToListAsync(); // and EF reads it
    }

    private sealed record IndexRow(string Name, string Sql);
}
