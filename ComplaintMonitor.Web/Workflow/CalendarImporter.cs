using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Workflow;

/// <summary>The outcome of an import: which years were replaced and how many provisional deadlines moved.</summary>
public sealed record CalendarImportResult(IReadOnlyList<int> Years, int Entries, int DeadlinesRecomputed);

/// <summary>
/// Imports a year's holiday notice: validates the whole file first, then in one transaction replaces the
/// years it covers and recomputes the open provisional deadlines only. A bad file changes nothing.
/// </summary>
public sealed class CalendarImporter(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, TimeProvider time)
{
    public async Task<CalendarImportResult> ImportAsync(string text, CancellationToken ct = default)
    {
        var entries = HolidayFile.Parse(text);
        var years = entries.Select(e => e.Date.Year).Distinct().Order().ToList();
        var now = time.GetUtcNow();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var year in years)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            await db.Holidays.Where(h => h.Date >= first && h.Date <= last).ExecuteDeleteAsync(ct);
        }
        db.Holidays.AddRange(entries.Select(e => new HolidayDay { Date = e.Date, Kind = e.Kind, Name = e.Name, ImportedAt = now }));
        await db.SaveChangesAsync(ct);

        var days = await db.Holidays.AsNoTracking().ToListAsync(ct);
        var current = await contexts.GetAsync(ct);
        var context = current with { Calendar = new WorkingDayCalendar(days.Select(d => d.ToEntry())) };
        var recomputed = await RecomputeProvisionalAsync(db, context, now, ct);
        await tx.CommitAsync(ct);
        contexts.Invalidate();
        return new CalendarImportResult(years, entries.Count, recomputed);
    }

    private static async Task<int> RecomputeProvisionalAsync(AppDbContext db, WorkflowContext context, DateTimeOffset now, CancellationToken ct)
    {
        var moved = 0;
        var ids = await db.Deadlines.Where(d => d.Provisional && d.CompletedAt == null).Select(d => d.ComplaintId).Distinct().ToListAsync(ct);
        foreach (var chunk in ids.Chunk(500))
        {
            var complaints = await db.Complaints.Include(c => c.Deadlines).Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            moved += complaints.Sum(c => c.RecomputeProvisionalDeadlines(context, now));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return moved;
    }
}
