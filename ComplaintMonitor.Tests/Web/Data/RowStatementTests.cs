using ComplaintMonitor.Web.Data;
using Microsoft.Data.Sqlite;

namespace ComplaintMonitor.Tests.Web.Data;

/// <summary>The native SQLite path of <see cref="RowStatement"/> binds each value as Microsoft.Data.Sqlite would, and fails as it would.</summary>
public sealed class RowStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RowStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = """CREATE TABLE "T" ("Id" INTEGER PRIMARY KEY, "Name" TEXT UNIQUE, "Day" TEXT, "Flag" INTEGER, "Ratio" REAL, "Data" BLOB, "Small" INTEGER)""";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private RowStatement Insert(string returning = "") => RowStatement.Prepare(_connection, null,
        """INSERT INTO "T" ("Name", "Day", "Flag", "Ratio", "Data", "Small") VALUES (@name, @day, @flag, @ratio, @data, @small)""" + returning,
        ["@name", "@day", "@flag", "@ratio", "@data", "@small"]);

    private static void SetRow(RowStatement s, string? name, object? day, bool flag, double ratio, byte[]? data, int small)
    {
        s.Set(0, name);
        s.Set(1, day);
        s.Set(2, flag);
        s.Set(3, ratio);
        s.Set(4, data);
        s.Set(5, small);
    }

    [Fact]
    public void Values_AreStored_AsSqliteCommandStoresThem()
    {
        using (var insert = Insert())
        {
            SetRow(insert, "甲", new DateOnly(2026, 10, 8), true, 0.5, [1, 2], 7);
            Assert.Equal(1, insert.Execute());
            SetRow(insert, null, null, false, 2, null, -1);
            insert.Set(5, DayOfWeek.Saturday); // an enum without a converter: its number, as Microsoft.Data.Sqlite stores it
            Assert.Equal(1, insert.Execute());
        }
        using (var command = _connection.CreateCommand())
        {
            // The same values through Microsoft.Data.Sqlite, for comparison.
            command.CommandText = """INSERT INTO "T" ("Name", "Day", "Flag", "Ratio", "Data", "Small") VALUES ('乙', @day, @flag, 0.5, @data, 7)""";
            command.Parameters.AddWithValue("@day", new DateOnly(2026, 10, 8));
            command.Parameters.AddWithValue("@flag", true);
            command.Parameters.AddWithValue("@data", new byte[] { 1, 2 });
            command.ExecuteNonQuery();
        }
        using var read = _connection.CreateCommand();
        read.CommandText = """SELECT quote("Name"), quote("Day"), quote("Flag"), quote("Ratio"), quote("Data"), quote("Small") FROM "T" ORDER BY "Id" """;
        using var r = read.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, 6).Select(r.GetString)));
        }
        Assert.Equal(["'甲'|'2026-10-08'|1|0.5|X'0102'|7", "NULL|NULL|0|2.0|NULL|6", "'乙'|'2026-10-08'|1|0.5|X'0102'|7"], rows);
    }

    [Fact]
    public void Returning_GivesTheFirstValue_OrNull()
    {
        using var insert = Insert(""" RETURNING "Id" """);
        SetRow(insert, "甲", null, false, 0, null, 0);
        Assert.Equal(1, insert.ExecuteInt64());
        SetRow(insert, "乙", null, false, 0, null, 0);
        Assert.Equal(2, insert.ExecuteInt64());

        using var none = RowStatement.Prepare(_connection, null, """DELETE FROM "T" WHERE "Id" = @id RETURNING "Id" """, ["@id"]);
        none.Set(0, 99L);
        Assert.Null(none.ExecuteInt64());
    }

    [Fact]
    public void AConstraintViolation_Throws_AndTheStatementRunsAgain()
    {
        using var insert = Insert();
        SetRow(insert, "甲", null, false, 0, null, 0);
        insert.Execute();

        var error = Assert.Throws<SqliteException>(() => insert.Execute());
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT: the unique name

        insert.Set(0, "乙");
        Assert.Equal(1, insert.Execute());
    }

    [Fact]
    public void BadInput_IsRefused_BeforeAnythingRuns()
    {
        Assert.Throws<ArgumentException>(() => RowStatement.Prepare(_connection, null, """DELETE FROM "T" WHERE "Id" = @id""", ["@other"]));
        Assert.Throws<ArgumentException>(() => RowStatement.Prepare(_connection, null, """DELETE FROM "T" WHERE "Id" = @id; DELETE FROM "T";""", ["@id"]));
        using var statement = RowStatement.Prepare(_connection, null, """DELETE FROM "T" WHERE "Id" = @id""", ["@id"]);
        Assert.Throws<NotSupportedException>(() => statement.Set(0, Guid.NewGuid()));
        using var closed = new SqliteConnection("Data Source=:memory:");
        Assert.Throws<InvalidOperationException>(() => RowStatement.Prepare(closed, null, "SELECT 1", []));
    }
}
