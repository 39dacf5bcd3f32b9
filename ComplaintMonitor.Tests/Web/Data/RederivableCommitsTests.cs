using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Data;

/// <summary>
/// A job's connection commits without waiting for the disk or checkpointing only while it is the job's: the pooled
/// connection goes back with synchronous=FULL (which every action's commit relies on) and SQLite's automatic checkpoint,
/// and a background checkpoint copies the job's pages.
/// </summary>
public sealed class RederivableCommitsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private WalCheckpoints Checkpoints => _db.Services.GetRequiredService<WalCheckpoints>();

    private static async Task<long> PragmaAsync(AppDbContext ctx, string name)
    {
        await using var command = ctx.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static Task<long> SynchronousAsync(AppDbContext ctx) => PragmaAsync(ctx, "synchronous");

    [Fact]
    public async Task TheJobsConnectionIsNormal_AndFullAgainAfterwards()
    {
        var id = await _db.RegisterNamedAsync(ComplaintBuilder.HandlerUnit);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var queued = await ctx.StatQueue.CountAsync();
        await ctx.Database.OpenConnectionAsync();
        Assert.Equal(2, await SynchronousAsync(ctx)); // FULL, from the connection interceptor
        Assert.Equal(1000, await PragmaAsync(ctx, "wal_autocheckpoint"));
        var checkpointed = Checkpoints.Completed;
        await using (await RederivableCommits.SetAsync(ctx, Checkpoints, default))
        {
            Assert.Equal(1, await SynchronousAsync(ctx)); // NORMAL
            Assert.Equal(0, await PragmaAsync(ctx, "wal_autocheckpoint"));
            await using var tx = await ctx.Database.BeginTransactionAsync();
            await ctx.Database.ExecuteSqlAsync($"""INSERT INTO "StatQueue" ("ComplaintId") VALUES ({id})""");
            await tx.CommitAsync();
        }
        Assert.Equal(2, await SynchronousAsync(ctx));
        Assert.Equal(1000, await PragmaAsync(ctx, "wal_autocheckpoint"));
        Assert.Equal(queued + 1, await ctx.StatQueue.CountAsync());

        // …and the job's pages are copied into the database file in the background.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Checkpoints.Completed == checkpointed && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.True(Checkpoints.Completed > checkpointed);
    }

    [Fact]
    public async Task InsideATransaction_SqliteRefusesTheChange_SoTheHelperIsSetFirst()
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        await using var tx = await ctx.Database.BeginTransactionAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => RederivableCommits.SetAsync(ctx, Checkpoints, default));
    }
}
