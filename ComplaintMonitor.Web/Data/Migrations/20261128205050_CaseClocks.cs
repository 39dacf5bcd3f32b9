using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseClocks",
                columns: table => new
                {
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WarnAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClocks", x => x.ComplaintId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_DueAt",
                table: "CaseClocks",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_WarnAt_DueAt",
                table: "CaseClocks",
                columns: new[] { "WarnAt", "DueAt" });

            // Kept in the writing transaction by triggers, whatever writes the deadlines (actions, seeding, calendar
            // re-computation). A new running deadline can only bring the case's instants earlier; a deadline that stops,
            // pauses, resumes, moves or goes away makes the case's row be recomputed from its running deadlines (a few rows
            // through IX_Deadlines_Running_ComplaintId). The alert scan's AlertLevel updates fire nothing.
            // SQLite syntax, like the other triggers of these migrations: a PostgreSQL migration set ports them.
            static string Refresh(string row) => $"""
                DELETE FROM "CaseClocks" WHERE "ComplaintId" = {row}."ComplaintId";
                INSERT INTO "CaseClocks" ("ComplaintId", "DueAt", "WarnAt")
                    SELECT "ComplaintId", MIN("DueAt"), MIN("WarnAt") FROM "Deadlines"
                    WHERE "ComplaintId" = {row}."ComplaintId" AND "CompletedAt" IS NULL AND "PausedOn" IS NULL
                    GROUP BY "ComplaintId";
                """;
            migrationBuilder.Sql("""
                CREATE TRIGGER "Deadlines_CaseClock_Insert" AFTER INSERT ON "Deadlines"
                WHEN NEW."CompletedAt" IS NULL AND NEW."PausedOn" IS NULL
                BEGIN
                    INSERT INTO "CaseClocks" ("ComplaintId", "DueAt", "WarnAt") VALUES (NEW."ComplaintId", NEW."DueAt", NEW."WarnAt")
                    ON CONFLICT ("ComplaintId") DO UPDATE SET "DueAt" = MIN("DueAt", excluded."DueAt"), "WarnAt" = MIN("WarnAt", excluded."WarnAt");
                END;
                """);
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "Deadlines_CaseClock_Update" AFTER UPDATE OF "DueAt", "WarnAt", "CompletedAt", "PausedOn" ON "Deadlines"
                WHEN OLD."DueAt" IS NOT NEW."DueAt" OR OLD."WarnAt" IS NOT NEW."WarnAt"
                    OR OLD."CompletedAt" IS NOT NEW."CompletedAt" OR OLD."PausedOn" IS NOT NEW."PausedOn"
                BEGIN
                {{Refresh("NEW")}}
                END;
                """);
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "Deadlines_CaseClock_Delete" AFTER DELETE ON "Deadlines"
                WHEN OLD."CompletedAt" IS NULL AND OLD."PausedOn" IS NULL
                BEGIN
                {{Refresh("OLD")}}
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CaseClocks" ("ComplaintId", "DueAt", "WarnAt")
                SELECT "ComplaintId", MIN("DueAt"), MIN("WarnAt") FROM "Deadlines"
                WHERE "CompletedAt" IS NULL AND "PausedOn" IS NULL
                GROUP BY "ComplaintId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Deadlines_CaseClock_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Deadlines_CaseClock_Update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Deadlines_CaseClock_Delete\";");
            migrationBuilder.DropTable(
                name: "CaseClocks");
        }
    }
}
