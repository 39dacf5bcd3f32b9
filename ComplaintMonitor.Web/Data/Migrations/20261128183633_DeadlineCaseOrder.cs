using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineCaseOrder : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "CaseNumber",
                table: "Deadlines",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "CaseReceivedAt",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Every existing deadline takes its case's number and received instant (stored the same way on both tables).
            migrationBuilder.Sql("""
                UPDATE "Deadlines" SET
                    "CaseNumber" = (SELECT "CaseNumber" FROM "Complaints" WHERE "Complaints"."Id" = "Deadlines"."ComplaintId"),
                    "CaseReceivedAt" = (SELECT "ReceivedAt" FROM "Complaints" WHERE "Complaints"."Id" = "Deadlines"."ComplaintId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_DueAt",
                table: "Deadlines",
                columns: new[] { "DueAt", "WarnAt", "Kind", "ComplaintId", "CaseReceivedAt", "CaseNumber" },
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_WarnAt",
                table: "Deadlines",
                columns: new[] { "WarnAt", "DueAt", "ComplaintId", "CaseReceivedAt", "CaseNumber" },
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
                name: "CaseNumber",
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
