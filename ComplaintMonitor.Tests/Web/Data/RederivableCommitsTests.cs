using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Data;

/// <summary>
/// A job's connection commits without waiting for the disk only while it is the job's: the pooled connection goes back
/// with synchronous=FULL, which every action's commit relies on.
/// </summary>
public sealed class RederivableCommitsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static async Task<long> SynchronousAsync(AppDbContext ctx)
    {
        await using var command = ctx.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task TheJobsConnectionIsNormal_AndFullAgainAfterwards()
    {
        var id = await _db.RegisterNamedAsync(ComplaintBuilder.HandlerUnit);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var queued = await ctx.StatQueue.CountAsync();
        await ctx.Database.OpenConnectionAsync();
        Assert.Equal(2, await SynchronousAsync(ctx)); // FULL, from the connection interceptor
        await using (await RederivableCommits.SetAsync(ctx, default))
        {
            Assert.Equal(1, await SynchronousAsync(ctx)); // NORMAL
            await using var tx = await ctx.Database.BeginTransactionAsync();
            await ctx.Database.ExecuteSqlAsync($"""INSERT INTO "StatQueue" ("ComplaintId") VALUES ({id})""");
            await tx.CommitAsync();
        }
        Assert.Equal(2, await SynchronousAsync(ctx));
        Assert.Equal(queued + 1, await ctx.StatQueue.CountAsync());
    }

    [Fact]
    public async Task InsideATransaction_SqliteRefusesTheChange_SoTheHelperIsSetFirst()
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        await using var tx = await ctx.Database.BeginTransactionAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => RederivableCommits.SetAsync(ctx, default));
    }
}
