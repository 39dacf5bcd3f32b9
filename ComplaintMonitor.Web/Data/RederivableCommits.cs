using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// Lets one (pooled) connection's commits return without waiting for the disk, for jobs whose every write the next run
/// derives again from committed data: the deadline scan (an alert level not stored is found due again, under the same
/// idempotent keys) and the rollups (the queue entries a run consumes vanish in the same transaction as its rows).
/// In WAL mode <c>synchronous=NORMAL</c> keeps each commit atomic and survives the process being killed; only a power
/// loss can take back the last such commits — and then the job simply redoes them. Actions, whose writes nothing could
/// re-derive, keep <c>synchronous=FULL</c> (<see cref="SqlitePragmaInterceptor"/>). On PostgreSQL the same idea is
/// <c>SET LOCAL synchronous_commit = off</c>.
/// </summary>
public sealed class RederivableCommits : IAsyncDisposable
{
    private readonly DbContext _db;

    private RederivableCommits(DbContext db) => _db = db;

    /// <summary>Opens the context's connection (it stays open until the context is disposed); call before the transaction begins — SQLite refuses the change inside one.</summary>
    public static async Task<RederivableCommits> SetAsync(DbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL", ct);
        return new RederivableCommits(db);
    }

    /// <summary>The pooled connection goes back with the durability every other user of it expects.</summary>
    public async ValueTask DisposeAsync() => await _db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL");
}
