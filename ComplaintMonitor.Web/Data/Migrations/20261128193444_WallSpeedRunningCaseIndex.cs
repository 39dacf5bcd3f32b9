using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WallSpeedRunningCaseIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_ComplaintId",
                table: "Deadlines",
                columns: new[] { "ComplaintId", "DueAt" },
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Running_ComplaintId",
                table: "Deadlines");
        }
    }
}
