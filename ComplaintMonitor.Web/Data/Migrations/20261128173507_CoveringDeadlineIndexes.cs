using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoveringDeadlineIndexes : Migration
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Running_DueAt",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Running_WarnAt",
                table: "Deadlines");

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
        }
    }
}
