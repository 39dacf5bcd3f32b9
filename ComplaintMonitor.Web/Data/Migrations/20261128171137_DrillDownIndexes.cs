using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DrillDownIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStatFacts_ClosedOn",
                table: "ComplaintStatFacts",
                column: "ClosedOn",
                filter: "\"ClosedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStatFacts_RegisteredOn",
                table: "ComplaintStatFacts",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStatFacts_StaffId_ClosedOn",
                table: "ComplaintStatFacts",
                columns: new[] { "StaffId", "ClosedOn" },
                filter: "\"ClosedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStatFacts_StaffId_RegisteredOn",
                table: "ComplaintStatFacts",
                columns: new[] { "StaffId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStatFacts_UnitId_ClosedOn",
                table: "ComplaintStatFacts",
                columns: new[] { "UnitId", "ClosedOn" },
                filter: "\"ClosedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStatFacts_UnitId_RegisteredOn",
                table: "ComplaintStatFacts",
                columns: new[] { "UnitId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStatFacts_WindowId_ClosedOn",
                table: "ComplaintStatFacts",
                columns: new[] { "WindowId", "ClosedOn" },
                filter: "\"ClosedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStatFacts_WindowId_RegisteredOn",
                table: "ComplaintStatFacts",
                columns: new[] { "WindowId", "RegisteredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ComplaintStatFacts_ClosedOn",
                table: "ComplaintStatFacts");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStatFacts_RegisteredOn",
                table: "ComplaintStatFacts");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStatFacts_StaffId_ClosedOn",
                table: "ComplaintStatFacts");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStatFacts_StaffId_RegisteredOn",
                table: "ComplaintStatFacts");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStatFacts_UnitId_ClosedOn",
                table: "ComplaintStatFacts");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStatFacts_UnitId_RegisteredOn",
                table: "ComplaintStatFacts");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStatFacts_WindowId_ClosedOn",
                table: "ComplaintStatFacts");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStatFacts_WindowId_RegisteredOn",
                table: "ComplaintStatFacts");
        }
    }
}
