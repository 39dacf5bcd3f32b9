using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Complaints.List;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class ComplaintListQueryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ComplaintCases _cases = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _cases = new ComplaintCases(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ComplaintListQuery Query => new(_db.Factory, _db.Contexts, new OrganisationDirectory(_db.Factory), _db.Time);

    private async Task<long[]> IdsAsync(ComplaintFilter filter, Actor? actor = null, ComplaintSort sort = ComplaintSort.RegisteredDesc) =>
        [.. (await Query.ListAsync(filter, actor ?? Supervisor, sort, null, 100)).Rows.Select(r => r.Id)];

    [Fact]
    public async Task Handler_SeesTheCasesOfTheirUnitAndAssignedToThem_NeverTheirOwnAsRespondent()
    {
        var ownUnit = await _cases.AssignedAsync(HandlerUnit, HandlerStaff);
        var assignedAcrossUnits = await _cases.AssignedAsync(OtherUnit, HandlerStaff);
        var otherUnit = await _cases.AssignedAsync(OtherUnit, null);
        var notReferred = await _cases.AddAsync();
        var aboutTheHandler = await _cases.AssignedAsync(HandlerUnit, null, respondentStaff: HandlerStaff);

        Assert.Equal([assignedAcrossUnits, ownUnit], await IdsAsync(ComplaintFilter.None, Handler));
        Assert.Equal([otherUnit, assignedAcrossUnits], await IdsAsync(ComplaintFilter.None, OtherHandler));
        // Staff 200 works in unit 10 but is the respondent of the unit's cases: 回避.
        Assert.Equal([aboutTheHandler], await IdsAsync(ComplaintFilter.None, RespondentAsHandler));
        Assert.Equal([aboutTheHandler, notReferred, otherUnit, assignedAcrossUnits, ownUnit], await IdsAsync(ComplaintFilter.None, Supervisor));
        Assert.Empty(await IdsAsync(ComplaintFilter.None, new Actor("h", "无单位", UserRole.Handler)));
    }

    [Fact]
    public async Task Filters_ByStatusChannelCategoryUnitsAndWindow()
    {
        var phone = await _cases.AddAsync(i => i with { Channel = Channel.Phone, Category = ComplaintCategory.Efficiency });
        var assigned = await _cases.AssignedAsync(OtherUnit, null);
        var noWindow = await _cases.AddAsync(i => i with { RespondentType = RespondentType.Unit, RespondentUnitId = OtherUnit, RespondentWindowId = null, RespondentStaffId = null });

        Assert.Equal([assigned], await IdsAsync(new ComplaintFilter { Status = ComplaintStatus.Assigned }));
        Assert.Equal([phone], await IdsAsync(new ComplaintFilter { Channel = Channel.Phone }));
        Assert.Equal([phone], await IdsAsync(new ComplaintFilter { Category = ComplaintCategory.Efficiency }));
        Assert.Equal([assigned], await IdsAsync(new ComplaintFilter { Unit = OtherUnit }));
        Assert.Equal([noWindow], await IdsAsync(new ComplaintFilter { RespondentUnit = OtherUnit }));
        Assert.Equal([assigned, phone], await IdsAsync(new ComplaintFilter { Window = 1 }));
        Assert.Empty(await IdsAsync(new ComplaintFilter { Window = 1, Channel = Channel.Letter }));
    }

    [Fact]
    public async Task Filters_ByDateOfReceiptInChina_InclusiveOnBothEnds()
    {
        // 00:10 on 1 November in Shanghai is still 31 October in UTC: the date in China decides.
        var lateOn31st = await _cases.AddAsync(i => i with { ReceivedAt = new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.FromHours(8)) });
        var earlyOn1st = await _cases.AddAsync(i => i with { ReceivedAt = new DateTimeOffset(2026, 11, 1, 0, 10, 0, TimeSpan.FromHours(8)) });
        var today = await _cases.AddAsync();

        Assert.Equal([today, earlyOn1st], await IdsAsync(new ComplaintFilter { From = new DateOnly(2026, 11, 1) }));
        Assert.Equal([lateOn31st], await IdsAsync(new ComplaintFilter { To = new DateOnly(2026, 10, 31) }));
        Assert.Equal([earlyOn1st], await IdsAsync(new ComplaintFilter { From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 1) }));
    }

    [Fact]
    public async Task Text_StartingWithTS_IsACaseNumberPrefix_OtherwiseContentContains()
    {
        var first = await _cases.AddAsync(i => i with { Content = "排队两个小时无人叫号" });
        var second = await _cases.AddAsync();

        Assert.Equal([second, first], await IdsAsync(new ComplaintFilter { Text = "ts2026110200" }));
        Assert.Equal([second], await IdsAsync(new ComplaintFilter { Text = "TS202611020002" }));
        Assert.Empty(await IdsAsync(new ComplaintFilter { Text = "TS2025" }));
        Assert.Equal([first], await IdsAsync(new ComplaintFilter { Text = "无人叫号" }));
        Assert.Equal("TS2026", ComplaintListQuery.CaseNumberPrefix("ts2026"));
        Assert.Null(ComplaintListQuery.CaseNumberPrefix("TS 态度"));
    }

    [Fact]
    public async Task ContentSearch_FindsTheCharactersInOrder_ThroughTheFullTextIndex_InEverySortOrder()
    {
        var queue = await _cases.AddAsync(i => i with { Content = "排队两个小时，无人叫号。Window A3 关闭" });
        var attitude = await _cases.AddAsync(i => i with { Content = "工作人员态度生硬，推诿扯皮" });
        var both = await _cases.AddAsync(i => i with { Content = "叫号系统故障，且态度恶劣" });

        foreach (var sort in new[] { ComplaintSort.RegisteredDesc, ComplaintSort.ReceivedAsc })
        {
            Assert.Equal([both, attitude], (await IdsAsync(new ComplaintFilter { Text = "态度" }, sort: sort)).OrderByDescending(id => id));
            // Punctuation, spaces and case are ignored: "小时，无人" and "Window A3".
            Assert.Equal([queue], await IdsAsync(new ComplaintFilter { Text = "小时无人" }, sort: sort));
            Assert.Equal([queue], await IdsAsync(new ComplaintFilter { Text = "window a3" }, sort: sort));
            Assert.Equal([attitude], await IdsAsync(new ComplaintFilter { Text = "推诿扯皮" }, sort: sort));
            // In order, adjacent: 态度 followed by 恶 only in one; the characters of 号态 never stand together.
            Assert.Equal([both], await IdsAsync(new ComplaintFilter { Text = "态度恶" }, sort: sort));
            Assert.Empty(await IdsAsync(new ComplaintFilter { Text = "号态" }, sort: sort));
            Assert.Empty(await IdsAsync(new ComplaintFilter { Text = "度态" }, sort: sort));
        }
        // One character cannot use the index and is still found.
        Assert.Equal([both, attitude], await IdsAsync(new ComplaintFilter { Text = "态" }));
    }

    [Theory]
    [InlineData(ComplaintSort.RegisteredDesc)]
    [InlineData(ComplaintSort.ReceivedDesc)]
    [InlineData(ComplaintSort.ReceivedAsc)]
    [InlineData(ComplaintSort.CaseNumberDesc)]
    [InlineData(ComplaintSort.CaseNumberAsc)]
    public async Task ContentSearch_WithALargeSet_WalksTheSortIndex_AndPagesLikeTheDrivenPlan(ComplaintSort sort)
    {
        for (var i = 0; i < 30; i++)
        {
            _db.Time.Advance(TimeSpan.FromMinutes(7));
            var received = _db.Time.GetUtcNow().AddHours(-(i * 5 % 11));
            await _cases.AddAsync(x => x with { ReceivedAt = received, Content = i % 3 == 0 ? "其他问题" : $"窗口{i}号态度生硬" });
        }
        // A drive limit of 1 makes the content set "large": every sort then walks its index and probes the set.
        var walking = new ComplaintListQuery(_db.Factory, _db.Contexts, new OrganisationDirectory(_db.Factory), _db.Time, driveLimit: 1);

        var filter = new ComplaintFilter { Text = "态度" };
        var expected = await AllPagesAsync(Query, filter, Supervisor, sort);
        Assert.Equal(20, expected.Count);
        Assert.Equal(expected, await AllPagesAsync(walking, filter, Supervisor, sort));
    }

    [Fact]
    public async Task DeadlineFilter_ComparesTheStoredWarnAndDueInstantsWithNow()
    {
        // Now is Monday 2026-11-02 10:00. Received last Thursday: its 1-WD acceptance limit (Fri) has passed.
        var red = await _cases.AddAsync(i => i with { ReceivedAt = new DateTimeOffset(2026, 10, 29, 9, 0, 0, TimeSpan.FromHours(8)) });
        // Received today: accept by Tuesday, and with one working day left it is already amber.
        var yellow = await _cases.AddAsync();
        // Accepted today, ordinary: reply by Wednesday, amber from Tuesday.
        var normal = await _cases.AddAsync(null, new AcceptCommand());
        // Paused (待补正) and finished clocks are none of the three.
        await _cases.AddAsync(null, new RequestInfoCommand("请补充材料"));
        await _cases.AddAsync(null, new RejectCommand([RejectionReason.OutOfScope], "不属于政务服务范畴"));

        Assert.Equal([red], await IdsAsync(new ComplaintFilter { Deadline = DeadlineFilter.Red }));
        Assert.Equal([yellow], await IdsAsync(new ComplaintFilter { Deadline = DeadlineFilter.Yellow }));
        Assert.Equal([normal], await IdsAsync(new ComplaintFilter { Deadline = DeadlineFilter.Normal }));

        _db.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal([normal, yellow], await IdsAsync(new ComplaintFilter { Deadline = DeadlineFilter.Yellow }));
        _db.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal([yellow, red], await IdsAsync(new ComplaintFilter { Deadline = DeadlineFilter.Red }));
        // Oldest-first pages take the other query plan (driven from the deadline set): the same cases.
        Assert.Equal([red, yellow], await IdsAsync(new ComplaintFilter { Deadline = DeadlineFilter.Red }, sort: ComplaintSort.ReceivedAsc));
        Assert.Equal([normal], await IdsAsync(new ComplaintFilter { Deadline = DeadlineFilter.Yellow }, sort: ComplaintSort.CaseNumberAsc));
    }

    [Theory]
    [InlineData(DeadlineFilter.Red)]
    [InlineData(DeadlineFilter.Yellow)]
    [InlineData(DeadlineFilter.Normal)]
    public async Task AscendingSorts_UnderALargeLight_ReadTheDeadlineIndexInOrder_AndPageLikeTheDrivenPlan(DeadlineFilter light)
    {
        // Registered over fifteen days, received up to two days before (some on the same instant), by phone and on site,
        // some accepted or assigned to the handler's or another unit, so every light holds cases of both kinds.
        for (var i = 0; i < 40; i++)
        {
            _db.Time.Advance(TimeSpan.FromHours(9));
            var received = _db.Time.GetUtcNow().AddHours(-(i % 3) * 20);
            var channel = i % 3 == 0 ? Channel.Phone : Channel.OnSite;
            var change = (Func<NewComplaint, NewComplaint>)(x => x with { ReceivedAt = received, Channel = channel });
            _ = (i % 4) switch
            {
                0 => await _cases.AddAsync(change),
                1 => await _cases.AddAsync(change, new AcceptCommand()),
                2 => await _cases.AssignedAsync(HandlerUnit, HandlerStaff),
                _ => await _cases.AddAsync(change, new AcceptCommand(), new AssignCommand(OtherUnit, [], null)),
            };
        }
        // A drive limit of 1 makes every light's set "large": ascending pages then read the deadline index in order.
        var ordered = new ComplaintListQuery(_db.Factory, _db.Contexts, new OrganisationDirectory(_db.Factory), _db.Time, driveLimit: 1);

        foreach (var (actor, sort) in new[] { Supervisor, Handler }.SelectMany(a => new[] { (a, ComplaintSort.ReceivedAsc), (a, ComplaintSort.CaseNumberAsc) }))
        {
            foreach (var filter in new[] { new ComplaintFilter { Deadline = light }, new ComplaintFilter { Deadline = light, Channel = Channel.Phone } })
            {
                var expected = await AllPagesAsync(Query, filter, actor, sort);
                Assert.Equal(expected, await AllPagesAsync(ordered, filter, actor, sort));
                if (actor == Supervisor || filter.Channel is null)
                {
                    Assert.NotEmpty(expected);
                }
            }
        }
    }

    private static async Task<List<long>> AllPagesAsync(ComplaintListQuery query, ComplaintFilter filter, Actor actor, ComplaintSort sort, int pageSize = 4)
    {
        List<long> ids = [];
        PageCursor? cursor = null;
        do
        {
            var page = await query.ListAsync(filter, actor, sort, cursor, pageSize);
            ids.AddRange(page.Rows.Select(r => r.Id));
            cursor = page.Next;
        }
        while (cursor is not null);
        return ids;
    }

    [Fact]
    public async Task Rows_CarryNamesAndTheCurrentDeadline()
    {
        var id = await _cases.AssignedAsync(OtherUnit, 101);

        var row = Assert.Single((await Query.ListAsync(ComplaintFilter.None, Supervisor, ComplaintSort.RegisteredDesc, null, 20)).Rows);

        Assert.Equal(id, row.Id);
        Assert.Equal("测试单位甲", row.RespondentUnit);
        Assert.Equal("A01", row.RespondentWindow);
        Assert.Equal("测试单位乙", row.LeadUnit);
        Assert.Equal(ComplaintStatus.Assigned, row.Status);
        Assert.Equal(DeadlineKind.ReplyBy, row.Deadline?.Kind);
        Assert.Equal(new DateOnly(2026, 11, 4), row.Deadline?.DueOn);
        Assert.Equal(2, row.Deadline?.WorkingDaysLeft);
    }

    [Theory]
    [InlineData(ComplaintSort.RegisteredDesc)]
    [InlineData(ComplaintSort.ReceivedDesc)]
    [InlineData(ComplaintSort.ReceivedAsc)]
    [InlineData(ComplaintSort.CaseNumberDesc)]
    [InlineData(ComplaintSort.CaseNumberAsc)]
    public async Task Keyset_Pages_CoverEveryRowOnce_InOrder_EvenWithEqualTimestamps(ComplaintSort sort)
    {
        // Five cases share each registration instant, so the id has to break the ties.
        List<long> ids = [];
        for (var i = 0; i < 45; i++)
        {
            if (i % 5 == 0)
            {
                _db.Time.Advance(TimeSpan.FromMinutes(1));
            }
            var minute = i / 5;
            ids.Add(await _cases.AddAsync(x => x with { ReceivedAt = x.ReceivedAt.AddHours(-minute) }));
        }

        List<ComplaintPage> pages = [];
        PageCursor? cursor = null;
        do
        {
            var page = await Query.ListAsync(ComplaintFilter.None, Supervisor, sort, cursor, 20);
            pages.Add(page);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal([20, 20, 5], pages.Select(p => p.Rows.Count));
        Assert.Equal([true, true, false], pages.Select(p => p.HasMore));
        var seen = pages.SelectMany(p => p.Rows).ToList();
        var expected = sort switch
        {
            ComplaintSort.RegisteredDesc => ids.AsEnumerable().Reverse(),
            ComplaintSort.ReceivedDesc => seen.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Select(r => r.Id),
            ComplaintSort.ReceivedAsc => seen.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Select(r => r.Id),
            ComplaintSort.CaseNumberDesc => seen.OrderByDescending(r => r.CaseNumber, StringComparer.Ordinal).Select(r => r.Id),
            _ => seen.OrderBy(r => r.CaseNumber, StringComparer.Ordinal).Select(r => r.Id),
        };
        Assert.Equal(expected, seen.Select(r => r.Id));
        Assert.Equal(45, seen.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Handler_Pages_MergeTheirUnitsCasesWithTheirOwn_WithoutRepeats()
    {
        List<long> visible = [];
        for (var i = 0; i < 25; i++)
        {
            _db.Time.Advance(TimeSpan.FromMinutes(1));
            var id = (i % 3) switch
            {
                0 => await _cases.AssignedAsync(HandlerUnit, null),
                1 => await _cases.AssignedAsync(OtherUnit, HandlerStaff),
                // Both of the handler's alternatives match this one: it must still appear once.
                _ => await _cases.AssignedAsync(HandlerUnit, HandlerStaff),
            };
            visible.Add(id);
            await _cases.AssignedAsync(OtherUnit, null);
        }

        var seen = await AllPagesAsync(Query, ComplaintFilter.None, Handler, ComplaintSort.RegisteredDesc, pageSize: 10);

        Assert.Equal(visible.AsEnumerable().Reverse(), seen);
        Assert.Equal(25, await Query.CountAsync(ComplaintFilter.None, Handler));
    }

    [Theory]
    [InlineData("TS2024", "2024-01-01", "2024-12-31")]
    [InlineData("ts202403", "2024-03-01", "2024-03-31")]
    [InlineData("TS2024021", "2024-02-10", "2024-02-19")]
    [InlineData("TS2024022", "2024-02-20", "2024-02-29")]
    [InlineData("TS20241", "2024-10-01", "2024-12-31")]
    [InlineData("TS202611020001", "2026-11-02", "2026-11-02")]
    [InlineData("TS2", "2000-01-01", "2999-12-31")]
    [InlineData("TS9", "9000-01-01", "9000-12-31")]
    public void CaseNumberPrefix_StandsForItsRegistrationDays(string prefix, string first, string last) =>
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)),
            CaseNumbers.DaysOf(prefix));

    [Fact]
    public async Task Count_IsTheNumberOfMatches()
    {
        await _cases.AddAsync();
        await _cases.AddAsync(i => i with { Channel = Channel.Phone });
        await _cases.AssignedAsync(HandlerUnit, HandlerStaff);

        Assert.Equal(3, await Query.CountAsync(ComplaintFilter.None, Supervisor));
        Assert.Equal(1, await Query.CountAsync(new ComplaintFilter { Channel = Channel.Phone }, Supervisor));
        Assert.Equal(1, await Query.CountAsync(ComplaintFilter.None, Handler));
        Assert.Equal(10_000, ComplaintListQuery.CountCap);
    }
}
