using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// How a job's (pooled) connection commits when the next run derives every write of it again from committed data — the
/// deadline scan (an alert level not stored is found due again, under the same idempotent keys) and the rollups (the
/// queue entries a run consumes vanish in the same transaction as its rows):
/// <list type="bullet">
/// <item>without waiting for the disk: in WAL mode <c>synchronous=NORMAL</c> keeps each commit atomic and survives the
/// process being killed; only a power loss can take back the last such commits — and then the job simply redoes them.
/// Actions, whose writes nothing could re-derive, keep <c>synchronous=FULL</c> (<see cref="SqlitePragmaInterceptor"/>).
/// On PostgreSQL the same idea is <c>SET LOCAL synchronous_commit = off</c>.</item>
/// <item>without SQLite's automatic checkpoint in the commit: <see cref="WalCheckpoints"/> copies the job's pages into
/// the database file afterwards, in the background, without holding the write lock.</item>
/// </list>
/// </summary>
public sealed class RederivableCommits : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly WalCheckpoints _checkpoints;
    private readonly long _autocheckpoint;

    private RederivableCommits(DbContext db, WalCheckpoints checkpoints, long autocheckpoint)
    {
        _db = db;
        _checkpoints = checkpoints;
        _autocheckpoint = autocheckpoint;
    }

    /// <summary>Opens the context's connection (it stays open until the context is disposed); call before the transaction begins — SQLite refuses the change inside one.</summary>
    public static async Task<RederivableCommits> SetAsync(DbContext db, WalCheckpoints checkpoints, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct);
        await using var read = db.Database.GetDbConnection().CreateCommand();
        read.CommandText = "PRAGMA wal_autocheckpoint";
        var autocheckpoint = Convert.ToInt64(await read.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;", ct);
        return new RederivableCommits(db, checkpoints, autocheckpoint);
    }

    /// <summary>The pooled connection goes back as every other user of it expects it, and the job's pages are checkpointed.</summary>
    public async ValueTask DisposeAsync()
    {
        await _db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint={_autocheckpoint};"));
        _checkpoints.RunSoon();
    }
}
