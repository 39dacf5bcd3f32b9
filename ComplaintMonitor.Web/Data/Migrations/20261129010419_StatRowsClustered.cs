using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <summary>
    /// Rebuilds StatRows as a WITHOUT ROWID table clustered on its key, which EF's model cannot express: a rollup upsert
    /// finds and updates its row in one b-tree instead of the key index and then the table, and a new or emptied row
    /// costs four b-trees instead of five. SQLite syntax (a PostgreSQL migration set keeps an ordinary table).
    /// </summary>
    public partial class StatRowsClustered : Migration
    {
        private const string Counts = """
            "Accepted" INTEGER NOT NULL, "BasicallySatisfied" INTEGER NOT NULL, "Closed" INTEGER NOT NULL, "ClosedNotAnonymous" INTEGER NOT NULL,
            "ClosedOnTime" INTEGER NOT NULL, "ClosedReopened" INTEGER NOT NULL, "ClosedVisited" INTEGER NOT NULL, "Dissatisfied" INTEGER NOT NULL,
            "HandlingCount" INTEGER NOT NULL, "HandlingWorkingDaysSum" INTEGER NOT NULL, "LookBackConsolidated" INTEGER NOT NULL,
            "LookBackRebounded" INTEGER NOT NULL, "NotUpheld" INTEGER NOT NULL, "PartlyUpheld" INTEGER NOT NULL, "Registered" INTEGER NOT NULL,
            "Rejected" INTEGER NOT NULL, "Satisfied" INTEGER NOT NULL, "Upheld" INTEGER NOT NULL, "BadRatingsRealName" INTEGER NOT NULL DEFAULT 0,
            "BadRatingsRealNameVisitedRectified" INTEGER NOT NULL DEFAULT 0
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, " WITHOUT ROWID");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "");

        private static void Rebuild(MigrationBuilder migrationBuilder, string options)
        {
            // In key order, so the new table's pages are filled in the order its b-tree keeps them.
            migrationBuilder.Sql($"""
                CREATE TABLE "StatRows_new" (
                    "Period" INTEGER NOT NULL, "Day" TEXT NOT NULL, "UnitId" INTEGER NOT NULL, "WindowId" INTEGER NOT NULL, "StaffId" INTEGER NOT NULL,
                    "Channel" TEXT NOT NULL, "Category" TEXT NOT NULL,
                    {Counts},
                    CONSTRAINT "PK_StatRows" PRIMARY KEY ("Period", "Day", "UnitId", "WindowId", "StaffId", "Channel", "Category")
                ){options};
                INSERT INTO "StatRows_new" SELECT
                    "Period", "Day", "UnitId", "WindowId", "StaffId", "Channel", "Category", "Accepted", "BasicallySatisfied", "Closed",
                    "ClosedNotAnonymous", "ClosedOnTime", "ClosedReopened", "ClosedVisited", "Dissatisfied", "HandlingCount", "HandlingWorkingDaysSum",
                    "LookBackConsolidated", "LookBackRebounded", "NotUpheld", "PartlyUpheld", "Registered", "Rejected", "Satisfied", "Upheld",
                    "BadRatingsRealName", "BadRatingsRealNameVisitedRectified"
                FROM "StatRows" ORDER BY "Period", "Day", "UnitId", "WindowId", "StaffId", "Channel", "Category";
                DROP TABLE "StatRows";
                ALTER TABLE "StatRows_new" RENAME TO "StatRows";
                CREATE INDEX "IX_StatRows_Period_StaffId_Day" ON "StatRows" ("Period", "StaffId", "Day");
                CREATE INDEX "IX_StatRows_Period_UnitId_Day" ON "StatRows" ("Period", "UnitId", "Day");
                CREATE INDEX "IX_StatRows_Period_WindowId_Day" ON "StatRows" ("Period", "WindowId", "Day");
                """);
        }
    }
}
