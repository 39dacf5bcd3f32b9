using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineCaseReceivedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Running_DueAt",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Running_WarnAt",
                table: "Deadlines");

            migrationBuilder.AddColumn<long>(
                name: "CaseReceivedAt",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Every existing deadline takes its case's received instant (stored the same way on both tables).
            migrationBuilder.Sql("""
                UPDATE "Deadlines" SET "CaseReceivedAt" =
                    (SELECT "ReceivedAt" FROM "Complaints" WHERE "Complaints"."Id" = "Deadlines"."ComplaintId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_DueAt",
                table: "Deadlines",
                columns: new[] { "DueAt", "WarnAt", "Kind", "ComplaintId", "CaseReceivedAt" },
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_WarnAt",
                table: "Deadlines",
                columns: new[] { "WarnAt", "DueAt", "ComplaintId", "CaseReceivedAt" },
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Running_DueAt",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Running_WarnAt",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "CaseReceivedAt",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_DueAt",
                table: "Deadlines",
                columns: new[] { "DueAt", "WarnAt", "Kind", "ComplaintId" },
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_WarnAt",
                table: "Deadlines",
                columns: new[] { "WarnAt", "DueAt", "ComplaintId" },
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");
        }
    }
}
