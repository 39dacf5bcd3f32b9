using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints.Register;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class DuplicateComplaintQueryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ComplaintCases _cases = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _cases = new ComplaintCases(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private DuplicateComplaintQuery Query => new(_db.Factory, _db.Time);

    [Fact]
    public async Task FindsTheSamePhoneAboutTheSameWindow_WithinSevenDays()
    {
        var old = await _cases.AddAsync();
        _db.Time.Advance(TimeSpan.FromDays(3));
        var recent = await _cases.AddAsync();
        await _cases.AddAsync(i => i with { Complainant = i.Complainant with { Phone = "13900001111" } });
        await _cases.AddAsync(i => i with { RespondentWindowId = null, RespondentType = ComplaintMonitor.Domain.Complaints.RespondentType.Unit, RespondentStaffId = null });
        _db.Time.Advance(TimeSpan.FromDays(5));

        var found = await Query.FindAsync(" 13812341234 ", 1);

        Assert.Equal([recent], found.Select(d => d.Id));
        Assert.DoesNotContain(old, found.Select(d => d.Id));
        Assert.StartsWith("TS", Assert.Single(found).CaseNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeedsBothAPhoneAndAWindow()
    {
        await _cases.AddAsync();

        Assert.Empty(await Query.FindAsync(null, 1));
        Assert.Empty(await Query.FindAsync("13812341234", null));
        Assert.Single(await Query.FindAsync("13812341234", 1));
    }
}
