using System.Data.Common;
using ComplaintMonitor.Web.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// Per-connection SQLite settings: a committed complaint survives power loss (synchronous=FULL), writers wait instead of
/// failing; and the function the full-text index triggers call (<see cref="ContentSearchTerms"/>), so every insert path
/// — EF, the bulk seeder, a migration's backfill — indexes a complaint in its own transaction.
/// The page cache is 16 MB instead of SQLite's 2 MB: a connection stays open in the pool, and summing a week of rating
/// rollup rows (thousands of rows on as many pages) thrashed the small cache, re-reading every page from the OS on each
/// wall load. Pages are only allocated as they are read, so an idle connection costs what it has touched.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-16384;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        RegisterFunctions(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RegisterFunctions(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void RegisterFunctions(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string>(ContentSearchTerms.SqlFunction, ContentSearchTerms.Of, isDeterministic: true);
        }
    }
}
