using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Admin;

/// <summary>One year of the official calendar as the administrator sees it.</summary>
public sealed record CalendarYear(int Year, bool HasData, IReadOnlyList<HolidayEntry> Entries, int WorkingDays, DateTimeOffset? ImportedAt)
{
    public int OffDays => Entries.Count(e => e.Kind == DayKind.Off);
    public int MakeUpWorkingDays => Entries.Count(e => e.Kind == DayKind.Work);
}

/// <summary>The stored holiday calendar (放假/调休) per year, and the import of a year's State Council notice.</summary>
public sealed class CalendarAdmin(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, CalendarImporter importer)
{
    /// <summary>Largest accepted upload; a year's notice is a few hundred bytes.</summary>
    public const long MaxFileBytes = 64 * 1024;

    public async Task<IReadOnlyCollection<int>> CoveredYearsAsync(CancellationToken ct = default) =>
        (await contexts.GetAsync(ct)).Calendar.CoveredYears;

    public async Task<CalendarYear> LoadYearAsync(int year, CancellationToken ct = default)
    {
        var calendar = (await contexts.GetAsync(ct)).Calendar;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var importedAt = await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last)
            .Select(h => (DateTimeOffset?)h.ImportedAt).MaxAsync(ct);
        return new CalendarYear(year, calendar.HasDataFor(year), calendar.EntriesFor(year),
            calendar.WorkingDaysBetween(first.AddDays(-1), last), importedAt);
    }

    /// <summary>Validates the whole file, then replaces the years it covers; a bad file changes nothing (<see cref="CalendarFormatException"/>).</summary>
    public Task<CalendarImportResult> ImportAsync(string text, CancellationToken ct = default) => importer.ImportAsync(text, ct);
}
