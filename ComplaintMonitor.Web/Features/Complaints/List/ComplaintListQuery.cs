using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Search;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints.List;

/// <summary>Orders the register can be read in; each one is served by an index and paged by keyset.</summary>
public enum ComplaintSort
{
    /// <summary>Newest registration first (the default; IX_Complaints_RegisteredAt and its composite siblings).</summary>
    RegisteredDesc,
    ReceivedDesc,
    ReceivedAsc,
    CaseNumberDesc,
    CaseNumberAsc,
}

/// <summary>Where the next page starts: the sort key of the last row shown and its id.</summary>
public sealed record PageCursor(long Ticks, string CaseNumber, long Id);

public sealed record ComplaintRow(
    long Id, string CaseNumber, DateTimeOffset ReceivedAt, Channel Channel, ComplaintCategory Category,
    RespondentType RespondentType, string RespondentUnit, string RespondentWindow, ComplaintStatus Status, string LeadUnit,
    DeadlineSummary? Deadline);

public sealed record ComplaintPage(IReadOnlyList<ComplaintRow> Rows, PageCursor? Next)
{
    public bool HasMore => Next is not null;
}

/// <summary>
/// The complaint register (投诉台账). Pages are read by keyset (never OFFSET) and the page size plus one row tells whether
/// a next page exists, so no query counts the whole table; <see cref="CountAsync"/> counts only up to a cap.
/// </summary>
public sealed partial class ComplaintListQuery(
    IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, OrganisationDirectory organisation, TimeProvider time,
    int driveLimit = ComplaintListQuery.DefaultDriveLimit)
{
    public const int CountCap = 10_000;

    /// <summary>Up to how many ids a deadline or content set drives the query (see SetsAreLargeAsync); tests lower it.</summary>
    public const int DefaultDriveLimit = 5_000;

    public async Task<ComplaintPage> ListAsync(ComplaintFilter filter, Actor actor, ComplaintSort sort, PageCursor? after, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var large = await SetsAreLargeAsync(db, filter, now, driveLimit, ct);
        var rows = large && sort is (ComplaintSort.ReceivedAsc or ComplaintSort.CaseNumberAsc) && filter.Deadline is { } light
            ? await AscendingByDeadlineAsync(db, filter, light, actor, sort, after, pageSize, now, ct)
            : await InIndexOrderAsync(db, filter, actor, sort, after, pageSize, now, probe: large, ct);
        rows = [.. InOrder(rows.DistinctBy(r => r.Id), sort).Take(pageSize + 1)];
        var shown = rows.Take(pageSize).ToList();
        var ids = shown.Select(r => r.Id).ToList();
        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => ids.Contains(d.ComplaintId)).ToListAsync(ct))
            .ToLookup(d => d.ComplaintId);
        var org = await organisation.LoadAsync(ct);
        var calendar = (await contexts.GetAsync(ct)).Calendar;

        var result = shown.Select(r => new ComplaintRow(
            r.Id, r.CaseNumber, r.ReceivedAt, r.Channel, r.Category,
            r.RespondentType, org.UnitName(r.RespondentUnitId), org.WindowCode(r.RespondentWindowId),
            r.Status, org.UnitName(r.LeadUnitId),
            DeadlineSummary.Current(deadlines[r.Id]) is { } d ? DeadlineSummary.Of(d, now, calendar) : null)).ToList();
        var last = shown.LastOrDefault();
        var next = rows.Count > pageSize && last is not null
            ? new PageCursor(sort is ComplaintSort.ReceivedAsc or ComplaintSort.ReceivedDesc ? last.ReceivedAt.UtcTicks : last.RegisteredAt.UtcTicks, last.CaseNumber, last.Id)
            : null;
        return new ComplaintPage(result, next);
    }

    /// <summary>One ordered, keyset-limited read per visibility alternative (a handler's unit, their own cases), merged.</summary>
    private static async Task<List<Row>> InIndexOrderAsync(
        AppDbContext db, ComplaintFilter filter, Actor actor, ComplaintSort sort, PageCursor? after, int pageSize, DateTimeOffset now, bool probe, CancellationToken ct)
    {
        List<Row> rows = [];
        foreach (var visible in ComplaintVisibility.VisibleToParts(actor))
        {
            var query = Ordered(After(Filtered(db, filter, visible, now, probe), sort, after), sort);
            rows.AddRange(await query.Take(pageSize + 1)
                .Select(c => new Row(c.Id, c.CaseNumber, c.ReceivedAt, c.RegisteredAt, c.Channel, c.Category, c.RespondentType,
                    c.RespondentUnitId, c.RespondentWindowId, c.Status, c.LeadUnitId))
                .ToListAsync(ct));
        }
        return rows;
    }

    /// <summary>
    /// Every matching case, one keyset page after another, for exports: a page is read only when the previous one has been
    /// consumed, so memory holds one page whatever the total.
    /// </summary>
    public async IAsyncEnumerable<ComplaintPage> PagesAsync(ComplaintFilter filter, Actor actor, ComplaintSort sort, int pageSize,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        PageCursor? after = null;
        do
        {
            var page = await ListAsync(filter, actor, sort, after, pageSize, ct);
            yield return page;
            after = page.Next;
        }
        while (after is not null);
    }

    /// <summary>How many cases match, uncounted by any cap: the expected total of an export (run once, in the background).</summary>
    public async Task<long> CountAllAsync(ComplaintFilter filter, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Filtered(db, filter, ComplaintVisibility.VisibleTo(actor), time.GetUtcNow(), probe: false).LongCountAsync(ct);
    }

    /// <summary>How many cases match, counted up to <see cref="CountCap"/> + 1 (more means "10,000+").</summary>
    public async Task<int> CountAsync(ComplaintFilter filter, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Filtered(db, filter, ComplaintVisibility.VisibleTo(actor), time.GetUtcNow(), probe: false).Take(CountCap + 1).CountAsync(ct);
    }

    /// <summary>A text that starts with TS and digits is a case-number prefix; anything else is searched in the content.</summary>
    public static string? CaseNumberPrefix(string? text) =>
        text is { Length: >= 3 } t && t.StartsWith("TS", StringComparison.OrdinalIgnoreCase) && t[2..].All(char.IsAsciiDigit)
            ? t.ToUpperInvariant()
            : null;

    private static IQueryable<Complaint> Filtered(AppDbContext db, ComplaintFilter f, Expression<Func<Complaint, bool>> visible, DateTimeOffset now, bool probe)
    {
        var q = db.Complaints.AsNoTracking().Where(visible);
        if (f.Status is { } status)
        {
            q = q.Where(c => c.Status == status);
        }
        if (f.Channel is { } channel)
        {
            q = q.Where(c => c.Channel == channel);
        }
        if (f.Category is { } category)
        {
            q = q.Where(c => c.Category == category);
        }
        if (f.Unit is { } unit)
        {
            q = q.Where(c => c.LeadUnitId == unit);
        }
        if (f.RespondentUnit is { } respondentUnit)
        {
            q = q.Where(c => c.RespondentUnitId == respondentUnit);
        }
        if (f.Window is { } window)
        {
            q = q.Where(c => c.RespondentWindowId == window);
        }
        if (f.From is { } from)
        {
            var start = ChinaTime.StartOfDay(from);
            q = q.Where(c => c.ReceivedAt >= start);
        }
        if (f.To is { } to)
        {
            var end = ChinaTime.StartOfDay(to.AddDays(1));
            q = q.Where(c => c.ReceivedAt < end);
        }
        if (CaseNumberPrefix(f.Text) is { } prefix)
        {
            // A range on the unique index instead of LIKE, which SQLite cannot serve from a case-sensitive index …
            var upper = prefix + char.MaxValue;
            q = q.Where(c => string.Compare(c.CaseNumber, prefix) >= 0 && string.Compare(c.CaseNumber, upper) < 0);
            // … plus the registration days the prefix stands for, so a short prefix ("TS2024") reads the registration-time
            // index in order instead of sorting a year of cases.
            if (CaseNumbers.DaysOf(prefix) is var (first, last))
            {
                var registeredFrom = ChinaTime.StartOfDay(first);
                var registeredBefore = ChinaTime.StartOfDay(last.AddDays(1));
                q = q.Where(c => c.RegisteredAt >= registeredFrom && c.RegisteredAt < registeredBefore);
            }
        }
        else if (ContentSearchTerms.Phrase(f.Text) is { } phrase)
        {
            // The bigram full-text index (see ContentSearchTerms).
            var matching = ContentMatches(db, phrase);
            q = probe ? q.Where(c => matching.Contains(c.Id + 0)) : q.Where(c => matching.Contains(c.Id));
        }
        else if (f.Text is { Length: > 0 } text)
        {
            // A single character cannot use the index: a plain scan.
            q = q.Where(c => c.Content.Contains(text));
        }
        return f.Deadline is { } light ? ByDeadline(db, q, light, now, probe) : q;
    }

    /// <summary>
    /// 红灯: a running deadline is past its due instant; 黄灯: one has reached its warning instant and none is overdue;
    /// 正常: a running deadline exists and none has reached its warning instant. The sub-queries read covering partial
    /// indexes that hold running deadlines only, so their cost follows the open cases, not the table.
    /// </summary>
    private static IQueryable<Complaint> ByDeadline(AppDbContext db, IQueryable<Complaint> q, DeadlineFilter light, DateTimeOffset now, bool probe)
    {
        var set = DeadlineSet(db, light, now);
        q = probe ? q.Where(c => set.Contains(c.Id + 0)) : q.Where(c => set.Contains(c.Id));
        return OutrankedExcluded(db, q, light, now);
    }

    /// <summary>
    /// A yellow case has no red deadline, a normal one no yellow or red one: checked per case that passed its own light's
    /// set, through the case-id index, rather than by building the outranking set (tens of thousands of red cases).
    /// </summary>
    private static IQueryable<Complaint> OutrankedExcluded(AppDbContext db, IQueryable<Complaint> q, DeadlineFilter light, DateTimeOffset now) => light switch
    {
        DeadlineFilter.Red => q,
        DeadlineFilter.Yellow => q.Where(c => !db.Deadlines.Any(d => d.ComplaintId == c.Id && d.CompletedAt == null && d.PausedOn == null && d.DueAt < now)),
        _ => q.Where(c => !db.Deadlines.Any(d => d.ComplaintId == c.Id && d.CompletedAt == null && d.PausedOn == null && d.WarnAt <= now)),
    };

    /// <summary>The cases with a running deadline of the light's own colour (a superset: see <see cref="OutrankedExcluded"/>).</summary>
    private static IQueryable<long> DeadlineSet(AppDbContext db, DeadlineFilter light, DateTimeOffset now) =>
        RunningOfColour(db, light, now).Select(d => d.ComplaintId);

    /// <summary>
    /// Running deadlines past due (red), past their warning instant but not due (yellow), or not yet at it (normal). A case
    /// of a light has at least one of these; the covering running-deadline indexes answer each without reading a row.
    /// </summary>
    private static IQueryable<Deadline> RunningOfColour(AppDbContext db, DeadlineFilter light, DateTimeOffset now)
    {
        var running = db.Deadlines.Where(d => d.CompletedAt == null && d.PausedOn == null);
        return light switch
        {
            DeadlineFilter.Red => running.Where(d => d.DueAt < now),
            DeadlineFilter.Yellow => running.Where(d => d.WarnAt <= now && d.DueAt >= now),
            _ => running.Where(d => d.WarnAt > now),
        };
    }

    private static IQueryable<long> ContentMatches(AppDbContext db, string phrase) =>
        db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM \"ComplaintSearch\" WHERE \"ComplaintSearch\" MATCH {phrase}");

    /// <summary>
    /// How to read a page under a deadline or content filter. Each gives a set of case ids from an index. A small set drives
    /// the query: one lookup per member, then a sort. A large one (tens of thousands of red cases, a common word) would
    /// cost a lookup per member just to sort them, so the page instead walks the sort order's index and probes the set
    /// ("+ 0" keeps SQLite from driving from the set): a common word is spread over all years, and open cases are dense
    /// among the newest. Only ascending pages under a light would walk years of closed cases; they read their candidates in
    /// order from the deadline index instead (AscendingByDeadlineAsync).
    /// </summary>
    private static async Task<bool> SetsAreLargeAsync(AppDbContext db, ComplaintFilter f, DateTimeOffset now, int driveLimit, CancellationToken ct)
    {
        var phrase = CaseNumberPrefix(f.Text) is null ? ContentSearchTerms.Phrase(f.Text) : null;
        if (f.Deadline is null && phrase is null)
        {
            return false;
        }
        if (f.Deadline is { } light && await DeadlineSet(db, light, now).Take(driveLimit + 1).CountAsync(ct) <= driveLimit)
        {
            return false;
        }
        return phrase is null || await ContentMatches(db, phrase).Take(driveLimit + 1).CountAsync(ct) > driveLimit;
    }

    private static IEnumerable<Row> InOrder(IEnumerable<Row> rows, ComplaintSort sort) => sort switch
    {
        ComplaintSort.ReceivedDesc => rows.OrderByDescending(r => r.ReceivedAt.UtcTicks).ThenByDescending(r => r.Id),
        ComplaintSort.ReceivedAsc => rows.OrderBy(r => r.ReceivedAt.UtcTicks).ThenBy(r => r.Id),
        ComplaintSort.CaseNumberDesc => rows.OrderByDescending(r => r.CaseNumber, StringComparer.Ordinal),
        ComplaintSort.CaseNumberAsc => rows.OrderBy(r => r.CaseNumber, StringComparer.Ordinal),
        _ => rows.OrderByDescending(r => r.RegisteredAt.UtcTicks).ThenByDescending(r => r.Id),
    };

    private static IQueryable<Complaint> After(IQueryable<Complaint> q, ComplaintSort sort, PageCursor? after)
    {
        if (after is null)
        {
            return q;
        }
        // "key <= k AND (key < k OR id < i)" keeps a plain range on the index for SQLite, unlike "key < k OR (key = k AND …)".
        var at = new DateTimeOffset(after.Ticks, TimeSpan.Zero);
        var id = after.Id;
        var number = after.CaseNumber;
        return sort switch
        {
            ComplaintSort.ReceivedDesc => q.Where(c => c.ReceivedAt <= at && (c.ReceivedAt < at || c.Id < id)),
            ComplaintSort.ReceivedAsc => q.Where(c => c.ReceivedAt >= at && (c.ReceivedAt > at || c.Id > id)),
            ComplaintSort.CaseNumberDesc => q.Where(c => string.Compare(c.CaseNumber, number) < 0),
            ComplaintSort.CaseNumberAsc => q.Where(c => string.Compare(c.CaseNumber, number) > 0),
            _ => q.Where(c => c.RegisteredAt <= at && (c.RegisteredAt < at || c.Id < id)),
        };
    }

    private static IQueryable<Complaint> Ordered(IQueryable<Complaint> q, ComplaintSort sort) => sort switch
    {
        ComplaintSort.ReceivedDesc => q.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
        ComplaintSort.ReceivedAsc => q.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
        ComplaintSort.CaseNumberDesc => q.OrderByDescending(c => c.CaseNumber),
        ComplaintSort.CaseNumberAsc => q.OrderBy(c => c.CaseNumber),
        _ => q.OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id),
    };

    private sealed record Row(
        long Id, string CaseNumber, DateTimeOffset ReceivedAt, DateTimeOffset RegisteredAt, Channel Channel, ComplaintCategory Category,
        RespondentType RespondentType, int? RespondentUnitId, int? RespondentWindowId, ComplaintStatus Status, int? LeadUnitId);
}
