using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RaterAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RaterAccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RaterAccessLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RaterAccessLog_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RaterAccessLog_EvaluationId",
                table: "RaterAccessLog",
                column: "EvaluationId");

            // Like the complainant identity log: evidence that can only grow.
            migrationBuilder.Sql("""
                CREATE TRIGGER "RaterAccessLog_NoUpdate" BEFORE UPDATE ON "RaterAccessLog"
                BEGIN SELECT RAISE(ABORT, 'RaterAccessLog is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "RaterAccessLog_NoDelete" BEFORE DELETE ON "RaterAccessLog"
                BEGIN SELECT RAISE(ABORT, 'RaterAccessLog is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"RaterAccessLog_NoUpdate\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"RaterAccessLog_NoDelete\";");
            migrationBuilder.DropTable(
                name: "RaterAccessLog");
        }
    }
}
