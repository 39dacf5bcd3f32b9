using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BadRatingsRealName",
                table: "StatRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "BadRatingsRealNameVisitedRectified",
                table: "StatRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "BadRatingsRealName",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "BadRatingsRealNameVisitedRectified",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RatingActive",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RatingActiveGood",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RatingBasicallySatisfied",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RatingDissatisfied",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RatingExcluded",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RatingSatisfied",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RatingVeryDissatisfied",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RatingVerySatisfied",
                table: "MonthlySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "RealNameBadRating",
                table: "ComplaintStatFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "VisitedAndRectified",
                table: "ComplaintStatFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Rectification",
                table: "Complaints",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: true),
                    ServiceCaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Defaulted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedFrom = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RaterName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RaterPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: true),
                    AppealStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AppealReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AppealEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AppealedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AppealedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Misrating = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AppealDecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AppealDecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AppealDecidedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AppealDecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evaluations_Windows_WindowId",
                        column: x => x.WindowId,
                        principalTable: "Windows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationStatRows",
                columns: table => new
                {
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Active = table.Column<long>(type: "INTEGER", nullable: false),
                    ActiveGood = table.Column<long>(type: "INTEGER", nullable: false),
                    BasicallySatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    VerySatisfied = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationStatRows", x => new { x.Period, x.Day, x.UnitId, x.WindowId, x.StaffId, x.Channel });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Prefix",
                table: "ApiKeys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_AppealStatus",
                table: "Evaluations",
                column: "AppealStatus",
                filter: "\"AppealStatus\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_ComplaintId",
                table: "Evaluations",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_RatedOn",
                table: "Evaluations",
                column: "RatedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_ServiceCaseNumber_Channel",
                table: "Evaluations",
                columns: new[] { "ServiceCaseNumber", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_StaffId_RatedOn",
                table: "Evaluations",
                columns: new[] { "StaffId", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_UnitId_RatedOn",
                table: "Evaluations",
                columns: new[] { "UnitId", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_WindowId_RatedOn",
                table: "Evaluations",
                columns: new[] { "WindowId", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatRows_Period_StaffId_Day",
                table: "EvaluationStatRows",
                columns: new[] { "Period", "StaffId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatRows_Period_UnitId_Day",
                table: "EvaluationStatRows",
                columns: new[] { "Period", "UnitId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatRows_Period_WindowId_Day",
                table: "EvaluationStatRows",
                columns: new[] { "Period", "WindowId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "EvaluationStatRows");

            migrationBuilder.DropColumn(
                name: "BadRatingsRealName",
                table: "StatRows");

            migrationBuilder.DropColumn(
                name: "BadRatingsRealNameVisitedRectified",
                table: "StatRows");

            migrationBuilder.DropColumn(
                name: "BadRatingsRealName",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "BadRatingsRealNameVisitedRectified",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RatingActive",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RatingActiveGood",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RatingBasicallySatisfied",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RatingDissatisfied",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RatingExcluded",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RatingSatisfied",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RatingVeryDissatisfied",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RatingVerySatisfied",
                table: "MonthlySnapshots");

            migrationBuilder.DropColumn(
                name: "RealNameBadRating",
                table: "ComplaintStatFacts");

            migrationBuilder.DropColumn(
                name: "VisitedAndRectified",
                table: "ComplaintStatFacts");

            migrationBuilder.DropColumn(
                name: "Rectification",
                table: "Complaints");
        }
    }
}
