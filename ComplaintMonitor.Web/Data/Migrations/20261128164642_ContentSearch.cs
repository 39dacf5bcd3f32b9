using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintMonitor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text index of complaint content as bigram terms (Data/Search/ContentSearchTerms.cs). Contentless: it
            // stores terms and positions only; the text stays in Complaints. Content never changes after registration,
            // so an insert trigger keeps it complete; cm_search_terms is registered on every connection the app opens.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ComplaintSearch" USING fts5("Terms", content='', tokenize='ascii');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Complaints_Search" AFTER INSERT ON "Complaints"
                BEGIN
                    INSERT INTO "ComplaintSearch"(rowid, "Terms") VALUES (new."Id", cm_search_terms(new."Content"));
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ComplaintSearch"(rowid, "Terms") SELECT "Id", cm_search_terms("Content") FROM "Complaints";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Complaints_Search";""");
            migrationBuilder.Sql("""DROP TABLE "ComplaintSearch";""");
        }
    }
}
