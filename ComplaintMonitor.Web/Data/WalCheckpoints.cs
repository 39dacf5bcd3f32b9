using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// Copies committed WAL pages into the database file in the background, for the jobs whose connections commit without
/// SQLite's automatic checkpoint (<see cref="RederivableCommits"/>): a rollup's commit would otherwise also copy its
/// thousands of pages and wait for the database file's fsync while it holds the write lock. A PASSIVE checkpoint takes no
/// write lock, so actions commit meanwhile; requests that arrive while one runs are served by one more run.
/// </summary>
public sealed class WalCheckpoints(IDbContextFactory<AppDbContext> dbFactory, ILogger<WalCheckpoints> logger)
{
    private int _requests;
    private int _completed;

    /// <summary>How many checkpoints have finished (for tests and the jobs' diagnostics).</summary>
    public int Completed => Volatile.Read(ref _completed);

    public void RunSoon()
    {
        if (Interlocked.Increment(ref _requests) == 1)
        {
            _ = Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        do
        {
            // Every request so far is served by the checkpoint about to start.
            Volatile.Write(ref _requests, 1);
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);");
                Interlocked.Increment(ref _completed);
            }
            catch (Exception e)
            {
                // Nothing is lost: the pages stay in the WAL, and the next checkpoint (or SQLite's own) copies them.
                logger.LogWarning(e, "Background WAL checkpoint failed");
            }
        }
        while (Interlocked.Decrement(ref _requests) > 0);
    }
}
