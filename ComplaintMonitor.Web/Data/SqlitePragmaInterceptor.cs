using System.Data.Common;
using ComplaintMonitor.Web.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// Per-connection SQLite settings: a committed complaint survives power loss (synchronous=FULL), writers wait instead of
/// failing; and the function the full-text index triggers call (<see cref="ContentSearchTerms"/>), so every insert path
/// — EF, the bulk seeder, a migration's backfill — indexes a complaint in its own transaction.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

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
