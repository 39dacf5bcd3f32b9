using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data.Configurations;
using ComplaintMonitor.Web.Features.Statistics;

namespace ComplaintMonitor.Tests.Web.Features.Statistics;

/// <summary>Names go into the rollup reader's SQL as column names, so only the known ones are taken.</summary>
public sealed class RollupSumsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static StatSlices November => StatSlices.Of(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 25));

    [Theory]
    [InlineData("Category")]
    [InlineData("\"Day\"; DROP TABLE \"StatRows\"; --")]
    public async Task AGroupingByAnythingButADimension_IsRefused(string groupBy)
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RollupSums.SumAsync(ctx, "StatRows", StatCountsColumns.Names, November, groupBy: groupBy));
    }

    [Theory]
    [InlineData("Registered")]
    [InlineData("\"UnitId\" OR 1 = 1 --")]
    public async Task AnEqualityOnAnythingButADimensionChannelOrCategory_IsRefused(string column)
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RollupSums.SumAsync(ctx, "StatRows", StatCountsColumns.Names, November, equals: [(column, "x")]));
    }

    [Fact]
    public async Task NothingCounted_GivesZeroTotals_AndNoGroups()
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();

        var totals = await RollupSums.SumAsync(ctx, "StatRows", StatCountsColumns.Names, November, equals: [("Channel", "Phone")]);
        var byUnit = await RollupSums.SumAsync(ctx, "StatRows", StatCountsColumns.Names, November, groupBy: "UnitId");

        Assert.Equal(0, Assert.Single(totals).Key);
        Assert.All(totals[0], v => Assert.Equal(0, v));
        Assert.Empty(byUnit);
    }
}
