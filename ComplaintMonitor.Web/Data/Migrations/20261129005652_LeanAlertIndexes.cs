using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LeanAlertIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_DedupKey",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_DeadlineAlerts_ComplaintId",
                table: "DeadlineAlerts");

            migrationBuilder.DropIndex(
                name: "IX_DeadlineAlerts_CreatedAt",
                table: "DeadlineAlerts");

            migrationBuilder.DropIndex(
                name: "IX_DeadlineAlerts_DeadlineId_Level_DueAt",
                table: "DeadlineAlerts");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DedupKey",
                table: "Notifications",
                column: "DedupKey",
                unique: true,
                filter: "\"DedupKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_DueAt_DeadlineId_Level",
                table: "DeadlineAlerts",
                columns: new[] { "DueAt", "DeadlineId", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_DedupKey",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_DeadlineAlerts_DueAt_DeadlineId_Level",
                table: "DeadlineAlerts");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DedupKey",
                table: "Notifications",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_ComplaintId",
                table: "DeadlineAlerts",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_CreatedAt",
                table: "DeadlineAlerts",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_DeadlineId_Level_DueAt",
                table: "DeadlineAlerts",
                columns: new[] { "DeadlineId", "Level", "DueAt" },
                unique: true);
        }
    }
}
