using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// Raises SQLite's page cache of one (pooled) connection for a bulk job and restores it afterwards. A rollup touches
/// thousands of rows across the rollup table and its indexes in one transaction; with the default 2 MB cache the dirty
/// pages spill to the WAL and are read back while the transaction runs.
/// </summary>
public sealed class LargerPageCache : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly long _previous;

    private LargerPageCache(DbContext db, long previous)
    {
        _db = db;
        _previous = previous;
    }

    /// <summary>Opens the context's connection (it stays open until the context is disposed) and sets its cache to <paramref name="mebibytes"/>.</summary>
    public static async Task<LargerPageCache> SetAsync(DbContext db, int mebibytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct);
        await using var read = db.Database.GetDbConnection().CreateCommand();
        read.CommandText = "PRAGMA cache_size";
        var previous = Convert.ToInt64(await read.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        // A negative size is in KiB (a positive one would be in pages).
        await db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {-mebibytes * 1024}"), ct);
        return new LargerPageCache(db, previous);
    }

    public async ValueTask DisposeAsync() =>
        await _db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {_previous}"));
}
