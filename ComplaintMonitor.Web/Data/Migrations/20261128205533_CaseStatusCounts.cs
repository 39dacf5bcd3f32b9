using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseStatusCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseStatusCounts",
                columns: table => new
                {
                    LeadUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatusCounts", x => new { x.LeadUnitId, x.Status });
                });

            // Kept in the writing transaction by triggers, whatever writes the cases (actions, seeding, imports): a new case
            // adds one to its state, a change of state or lead unit moves one, a deleted case takes one away. Rows that fall
            // to zero stay (a few hundred at most). SQLite syntax, like the other triggers: a PostgreSQL migration set ports them.
            static string Add(string row, int delta) => $"""
                INSERT INTO "CaseStatusCounts" ("LeadUnitId", "Status", "Count") VALUES (COALESCE({row}."LeadUnitId", 0), {row}."Status", {delta})
                ON CONFLICT ("LeadUnitId", "Status") DO UPDATE SET "Count" = "Count" + excluded."Count";
                """;
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "Complaints_StatusCount_Insert" AFTER INSERT ON "Complaints"
                BEGIN
                {{Add("NEW", 1)}}
                END;
                """);
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "Complaints_StatusCount_Update" AFTER UPDATE OF "Status", "LeadUnitId" ON "Complaints"
                WHEN OLD."Status" IS NOT NEW."Status" OR OLD."LeadUnitId" IS NOT NEW."LeadUnitId"
                BEGIN
                {{Add("OLD", -1)}}
                {{Add("NEW", 1)}}
                END;
                """);
            migrationBuilder.Sql($$"""
                CREATE TRIGGER "Complaints_StatusCount_Delete" AFTER DELETE ON "Complaints"
                BEGIN
                {{Add("OLD", -1)}}
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CaseStatusCounts" ("LeadUnitId", "Status", "Count")
                SELECT COALESCE("LeadUnitId", 0), "Status", COUNT(*) FROM "Complaints" GROUP BY COALESCE("LeadUnitId", 0), "Status";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Complaints_StatusCount_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Complaints_StatusCount_Update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Complaints_StatusCount_Delete\";");
            migrationBuilder.DropTable(
                name: "CaseStatusCounts");
        }
    }
}
