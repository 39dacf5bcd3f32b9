using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// A prepared statement run once per row by the writers of many rows (the rollups, the deadline scan, the demo seeder),
/// on the connection and inside the transaction of its caller. On SQLite it binds values by position straight to the
/// native statement: through <see cref="SqliteCommand"/> every execution also looks each parameter up by name and opens a
/// data reader, which for a many-valued upsert cost more than the statement itself. On any
/// other provider it is an ordinary prepared <see cref="DbCommand"/>.
/// </summary>
public sealed class RowStatement : IDisposable
{
    private readonly sqlite3? _db;
    private readonly sqlite3_stmt? _statement;
    private readonly int[] _indexes = [];
    private readonly DbCommand? _command;

    private RowStatement(sqlite3 db, sqlite3_stmt statement, int[] indexes)
    {
        _db = db;
        _statement = statement;
        _indexes = indexes;
    }

    private RowStatement(DbCommand command) => _command = command;

    /// <summary>Prepares one SQL statement whose parameters are named <paramref name="parameters"/>; values are then set by their position in that list.</summary>
    public static RowStatement Prepare(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        if (connection is SqliteConnection sqlite)
        {
            var db = sqlite.Handle ?? throw new InvalidOperationException("A row statement is prepared on an open connection.");
            var rc = raw.sqlite3_prepare_v2(db, sql, out var statement, out var tail);
            SqliteException.ThrowExceptionForRC(rc, db);
            if (!string.IsNullOrWhiteSpace(tail))
            {
                statement.Dispose();
                throw new ArgumentException("A row statement is one SQL statement.", nameof(sql));
            }
            var indexes = parameters.Select(name => raw.sqlite3_bind_parameter_index(statement, name)).ToArray();
            if (indexes.Contains(0) || raw.sqlite3_bind_parameter_count(statement) != indexes.Length)
            {
                statement.Dispose();
                throw new ArgumentException("The parameter names must be exactly those of the statement.", nameof(parameters));
            }
            return new RowStatement(db, statement, indexes);
        }
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.AddParameter(name);
        }
        return new RowStatement(command);
    }

    /// <summary>The transaction the next executions run in: the caller's, which on SQLite is simply the connection's.</summary>
    public void Use(DbTransaction? transaction)
    {
        if (_command is not null)
        {
            _command.Transaction = transaction;
        }
    }

    /// <summary>Sets parameter <paramref name="position"/> (in the order given to <see cref="Prepare"/>); values keep until set again.</summary>
    public void Set(int position, object? value)
    {
        if (_command is not null)
        {
            _command.Parameters[position].Value = value ?? DBNull.Value;
            return;
        }
        var index = _indexes[position];
        // As Microsoft.Data.Sqlite binds them (and so as EF reads them back).
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string s => raw.sqlite3_bind_text(_statement, index, s),
            long l => raw.sqlite3_bind_int64(_statement, index, l),
            int i => raw.sqlite3_bind_int64(_statement, index, i),
            short s => raw.sqlite3_bind_int64(_statement, index, s),
            byte b => raw.sqlite3_bind_int64(_statement, index, b),
            bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_statement, index, d),
            float f => raw.sqlite3_bind_double(_statement, index, f),
            DateOnly d => raw.sqlite3_bind_text(_statement, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Enum e => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(e, CultureInfo.InvariantCulture)),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
            _ => throw new NotSupportedException($"A row statement does not bind {value.GetType().Name} values."),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Runs the statement; returns the number of rows it changed.</summary>
    public int Execute()
    {
        if (_command is not null)
        {
            return _command.ExecuteNonQuery();
        }
        Step(out _);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs the statement; returns the first column of its first row as a number (a RETURNING clause), or null when it returned none.</summary>
    public long? ExecuteInt64()
    {
        if (_command is not null)
        {
            return _command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;
        }
        Step(out var first);
        return first;
    }

    private void Step(out long? first)
    {
        first = null;
        var read = false;
        int rc;
        while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
        {
            if (!read && raw.sqlite3_column_type(_statement, 0) != raw.SQLITE_NULL)
            {
                first = raw.sqlite3_column_int64(_statement, 0);
            }
            read = true;
        }
        // The statement is reset whatever happened (an error or a refused constraint), so it can run again.
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose()
    {
        _statement?.Dispose();
        _command?.Dispose();
    }
}
