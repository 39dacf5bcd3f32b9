using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineAlertsAndStatistics : Migration
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

            migrationBuilder.AddColumn<int>(
                name: "AlertLevel",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "EscalateAt",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LookBackAt",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LookBackNotes",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LookBackOutcome",
                table: "Complaints",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LookBackSelected",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ComplaintStatFacts",
                columns: table => new
                {
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandledOnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    VisitResult = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HandlingWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    LookBack = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintStatFacts", x => x.ComplaintId);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeadlineId = table.Column<long>(type: "INTEGER", nullable: false),
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Job = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: false),
                    RowsTouched = table.Column<long>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonthlySnapshots",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ScopeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OverdueOpenAtEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<long>(type: "INTEGER", nullable: false),
                    BasicallySatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Closed = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedNotAnonymous = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedOnTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedReopened = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedVisited = table.Column<long>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    HandlingCount = table.Column<long>(type: "INTEGER", nullable: false),
                    HandlingWorkingDaysSum = table.Column<long>(type: "INTEGER", nullable: false),
                    LookBackConsolidated = table.Column<long>(type: "INTEGER", nullable: false),
                    LookBackRebounded = table.Column<long>(type: "INTEGER", nullable: false),
                    NotUpheld = table.Column<long>(type: "INTEGER", nullable: false),
                    PartlyUpheld = table.Column<long>(type: "INTEGER", nullable: false),
                    Registered = table.Column<long>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Upheld = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlySnapshots", x => new { x.Month, x.Scope, x.ScopeId });
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatQueue",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatQueue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatQueue_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatRows",
                columns: table => new
                {
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Accepted = table.Column<long>(type: "INTEGER", nullable: false),
                    BasicallySatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Closed = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedNotAnonymous = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedOnTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedReopened = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedVisited = table.Column<long>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    HandlingCount = table.Column<long>(type: "INTEGER", nullable: false),
                    HandlingWorkingDaysSum = table.Column<long>(type: "INTEGER", nullable: false),
                    LookBackConsolidated = table.Column<long>(type: "INTEGER", nullable: false),
                    LookBackRebounded = table.Column<long>(type: "INTEGER", nullable: false),
                    NotUpheld = table.Column<long>(type: "INTEGER", nullable: false),
                    PartlyUpheld = table.Column<long>(type: "INTEGER", nullable: false),
                    Registered = table.Column<long>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Upheld = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatRows", x => new { x.Period, x.Day, x.UnitId, x.WindowId, x.StaffId, x.Channel, x.Category });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Unescalated_EscalateAt",
                table: "Deadlines",
                column: "EscalateAt",
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL AND \"AlertLevel\" < 3");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Unsupervised_DueAt",
                table: "Deadlines",
                column: "DueAt",
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL AND \"AlertLevel\" < 2");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Unwarned_WarnAt",
                table: "Deadlines",
                column: "WarnAt",
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL AND \"AlertLevel\" < 1");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_AwaitingLookBackDecision",
                table: "Complaints",
                column: "ClosedAt",
                filter: "\"Status\" = 'Closed' AND \"LookBackSelected\" IS NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_Job_Id",
                table: "JobRuns",
                columns: new[] { "Job", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DedupKey",
                table: "Notifications",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Unread",
                table: "Notifications",
                column: "UserId",
                filter: "\"ReadAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Id",
                table: "Notifications",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StatQueue_ComplaintId",
                table: "StatQueue",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_StatRows_Period_StaffId_Day",
                table: "StatRows",
                columns: new[] { "Period", "StaffId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_StatRows_Period_UnitId_Day",
                table: "StatRows",
                columns: new[] { "Period", "UnitId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_StatRows_Period_WindowId_Day",
                table: "StatRows",
                columns: new[] { "Period", "WindowId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintStatFacts");

            migrationBuilder.DropTable(
                name: "DeadlineAlerts");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "MonthlySnapshots");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "StatQueue");

            migrationBuilder.DropTable(
                name: "StatRows");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Unescalated_EscalateAt",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Unsupervised_DueAt",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Unwarned_WarnAt",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_AwaitingLookBackDecision",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "AlertLevel",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "EscalateAt",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "LookBackAt",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "LookBackNotes",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "LookBackOutcome",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "LookBackSelected",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_DueAt",
                table: "Deadlines",
                column: "DueAt",
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Running_WarnAt",
                table: "Deadlines",
                column: "WarnAt",
                filter: "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL");
        }
    }
}
