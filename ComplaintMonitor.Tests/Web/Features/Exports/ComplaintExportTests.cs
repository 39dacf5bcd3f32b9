using System.Text;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Tests.Web.Components;
using ComplaintMonitor.Tests.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Complaints.List;
using ComplaintMonitor.Web.Features.Exports;
using MiniExcelLibs;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Exports;

/// <summary>The register's export: its filter, its visibility rules, and the complainant always masked.</summary>
public sealed class ComplaintExportTests : IAsyncLifetime
{
    private readonly CultureScope _culture = CultureScope.Use("zh-CN");
    private TestDatabase _db = null!;
    private ComplaintCases _cases = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _cases = new ComplaintCases(_db);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _culture.Dispose();
    }

    private ComplaintListQuery Query => new(_db.Factory, _db.Contexts, new OrganisationDirectory(_db.Factory), _db.Time);

    private ComplaintExport Export => new(Query, _db.Factory, Localizers.Shared);

    private async Task<byte[]> XlsxAsync(ComplaintFilter filter, Actor actor)
    {
        using var stream = new MemoryStream();
        XlsxExport.Write(stream, Export.Headers, Export.RowsAsync(filter, actor, ComplaintSort.RegisteredDesc).ToBlockingEnumerable());
        return stream.ToArray();
    }

    private async Task<string> CsvAsync(ComplaintFilter filter, Actor actor)
    {
        using var stream = new MemoryStream();
        await CsvExport.WriteAsync(stream, Export.Headers, Export.RowsAsync(filter, actor, ComplaintSort.RegisteredDesc));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<IDictionary<string, object?>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    [Fact]
    public async Task Xlsx_HasTheRowsOfTheFilter_InTheRegistersOrder_WithTheComplainantMasked()
    {
        var phone = await _cases.AddAsync(i => i with { Channel = Channel.Phone, Content = "=cmd|' /C calc'!A0" });
        await _cases.AddAsync();
        var phone2 = await _cases.AddAsync(i => i with { Channel = Channel.Phone });

        var rows = Read(await XlsxAsync(new ComplaintFilter { Channel = Channel.Phone }, Supervisor));

        var numbers = await CaseNumbersAsync(phone2, phone);
        Assert.Equal(numbers, rows.Select(r => (string?)r["受理编号"]));
        Assert.All(rows, r => Assert.Equal("电话/12345", r["渠道"]));
        Assert.All(rows, r => Assert.Equal("张*", r["投诉人（脱敏）"]));
        Assert.All(rows, r => Assert.Equal("138****1234", r["联系电话（脱敏）"]));
    }

    [Fact]
    public async Task Csv_NeverContainsTheComplainantsNameOrPhone_ForAnyRole()
    {
        await _cases.AddAsync();
        await _cases.AssignedAsync(HandlerUnit, HandlerStaff);

        foreach (var actor in new[] { Supervisor, Leader, Handler })
        {
            var csv = await CsvAsync(ComplaintFilter.None, actor);
            Assert.DoesNotContain("张三", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("13812341234", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("11010519491231002X", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AHandlerExportsOnlyTheCasesTheyMaySee()
    {
        var own = await _cases.AssignedAsync(HandlerUnit, HandlerStaff);
        var other = await _cases.AssignedAsync(OtherUnit, null);
        var aboutTheHandler = await _cases.AssignedAsync(HandlerUnit, null, respondentStaff: HandlerStaff);

        var csv = await CsvAsync(ComplaintFilter.None, Handler);

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var numbers = await CaseNumbersAsync(own, other, aboutTheHandler);
        var (ownNumber, otherNumber, aboutNumber) = (numbers[0], numbers[1], numbers[2]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(ownNumber + ",", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(otherNumber, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(aboutNumber, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyPages_AreExportedInFull_WithoutGapsOrRepeats()
    {
        for (var i = 0; i < 7; i++)
        {
            await _cases.AddAsync();
        }
        var pages = new List<int>();
        await foreach (var page in Query.PagesAsync(ComplaintFilter.None, Supervisor, ComplaintSort.RegisteredDesc, 3))
        {
            pages.Add(page.Rows.Count);
        }

        Assert.Equal([3, 3, 1], pages);
        Assert.Equal(7, await Query.CountAllAsync(ComplaintFilter.None, Supervisor));
    }

    private async Task<List<string>> CaseNumbersAsync(params long[] ids)
    {
        var list = new List<string>();
        foreach (var id in ids)
        {
            var page = await Query.ListAsync(ComplaintFilter.None, Supervisor, ComplaintSort.RegisteredDesc, null, 100);
            list.Add(page.Rows.Single(r => r.Id == id).CaseNumber);
        }
        return list;
    }
}
