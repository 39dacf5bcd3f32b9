using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IdentityAccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityAccessLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentityAccessLog_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_HandlerStaffId_RegisteredAt",
                table: "Complaints",
                columns: new[] { "HandlerStaffId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedAt_Id",
                table: "Complaints",
                columns: new[] { "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_RespondentUnitId_RegisteredAt",
                table: "Complaints",
                columns: new[] { "RespondentUnitId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityAccessLog_ComplaintId",
                table: "IdentityAccessLog",
                column: "ComplaintId");

            // EF Core cannot index a complex property's column (Complainant.Phone), so the duplicate-hint index is created here.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Complaints_ComplainantPhone_RegisteredAt" ON "Complaints" ("ComplainantPhone", "RegisteredAt");
                """);

            // The identity access log is evidence: like the case history it can only grow.
            migrationBuilder.Sql("""
                CREATE TRIGGER "IdentityAccessLog_NoUpdate" BEFORE UPDATE ON "IdentityAccessLog"
                BEGIN SELECT RAISE(ABORT, 'IdentityAccessLog is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IdentityAccessLog_NoDelete" BEFORE DELETE ON "IdentityAccessLog"
                BEGIN SELECT RAISE(ABORT, 'IdentityAccessLog is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"IdentityAccessLog_NoUpdate\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"IdentityAccessLog_NoDelete\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Complaints_ComplainantPhone_RegisteredAt\";");

            migrationBuilder.DropTable(
                name: "IdentityAccessLog");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_HandlerStaffId_RegisteredAt",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ReceivedAt_Id",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_RespondentUnitId_RegisteredAt",
                table: "Complaints");
        }
    }
}
