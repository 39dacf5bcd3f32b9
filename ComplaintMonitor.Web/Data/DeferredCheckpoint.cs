using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// Lets one bulk transaction commit without also checkpointing. In WAL mode SQLite's commit writes the transaction's
/// pages to the log and syncs it (durable: synchronous=FULL stays), and then, when the log has grown past its
/// autocheckpoint size, copies the pages into the database file and syncs that as well — for an incremental rollup,
/// thousands of scattered pages, about as long as the commit itself. With this in place the connection's commit skips
/// that copy; on disposal the connection's setting is restored and a passive checkpoint runs on the thread pool on a
/// connection of its own (it blocks no reader or writer; a writer's own autocheckpoint meanwhile finds it busy and
/// moves on). Other providers: nothing to do.
/// </summary>
public sealed class DeferredCheckpoint : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly IDbContextFactory<AppDbContext> _factory;

    private DeferredCheckpoint(DbContext db, IDbContextFactory<AppDbContext> factory)
    {
        _db = db;
        _factory = factory;
    }

    /// <summary>Opens the context's connection (it stays open until the context is disposed) and turns its autocheckpoint off.</summary>
    public static async Task<DeferredCheckpoint?> SetAsync(DbContext db, IDbContextFactory<AppDbContext> factory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return null;
        }
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint = 0", ct);
        return new DeferredCheckpoint(db, factory);
    }

    public async ValueTask DisposeAsync()
    {
        // SQLite's default, which no other code changes.
        await _db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint = 1000");
        _ = Task.Run(async () =>
        {
            try
            {
                await using var db = await _factory.CreateDbContextAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)");
            }
            catch (DbException)
            {
                // Best effort: the next commit's autocheckpoint does the same work.
            }
            catch (ObjectDisposedException)
            {
                // The application is shutting down.
            }
        });
    }
}
