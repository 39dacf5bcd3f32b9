using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RunningDeadlineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "IX_Evaluations_AppealStatus",
                table: "Evaluations",
                newName: "IX_Evaluations_PendingAppeals");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_DueAt",
                table: "Deadlines",
                columns: new[] { "DueAt", "ComplaintId" },
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_WarnAt",
                table: "Deadlines",
                columns: new[] { "WarnAt", "ComplaintId" },
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ClosedAt",
                table: "Complaints",
                column: "ClosedAt");
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

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ClosedAt",
                table: "Complaints");

            migrationBuilder.RenameIndex(
                name: "IX_Evaluations_PendingAppeals",
                table: "Evaluations",
                newName: "IX_Evaluations_AppealStatus");
        }
    }
}
