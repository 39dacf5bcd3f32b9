using System.Globalization;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace ComplaintMonitor.Web.Features.Reports;

/// <summary>
/// <c>/reports/monthly?month=2026-10&amp;unit=3</c>: the monthly report of the centre or a unit, from the month's snapshot
/// only. Month and scope live in the URL so a report can be linked and printed as shown.
/// </summary>
public sealed partial class MonthlyReportPage
{
    public const int StaffShown = 15;

    private DateOnly _month;
    private int? _unitId;
    private IReadOnlyList<DateOnly> _months = [];
    private OrgChart _org = OrgChart.Empty;
    private MonthlyReport? _report;
    private bool _loading = true;
    private bool _isAdmin;
    private bool _writing;
    private string? _error;

    [Inject] private MonthlyReportQuery Reports { get; set; } = default!;
    [Inject] private MonthlySnapshotReader Snapshots { get; set; } = default!;
    [Inject] private MonthlySnapshots SnapshotWriter { get; set; } = default!;
    [Inject] private StatisticsRollup Rollup { get; set; } = default!;
    [Inject] private OrganisationDirectory Organisation { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "month")]
    public string? MonthParameter { get; set; }

    [SupplyParameterFromQuery(Name = "unit")]
    public int? UnitParameter { get; set; }

    /// <summary>Admins may freeze an ended month that has no snapshot yet.</summary>
    private bool CanWriteSnapshot => _isAdmin && _month <= LastMonth;

    private DateOnly LastMonth
    {
        get
        {
            var today = ChinaTime.Today(Time);
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
    }

    /// <summary>Snapshotted months, plus last month and the chosen one so that "no snapshot yet" can be said of them.</summary>
    private IEnumerable<DateOnly> MonthsToOffer => _months.Append(LastMonth).Append(_month).Distinct().OrderDescending();

    protected override async Task OnInitializedAsync()
    {
        _org = await Organisation.LoadAsync();
        _months = await Snapshots.MonthsAsync();
        var actor = await CurrentActor.GetAsync();
        _isAdmin = actor?.Role == UserRole.Admin;
    }

    protected override async Task OnParametersSetAsync()
    {
        _month = MonthlySnapshotReader.Parse(MonthParameter) ?? LastMonth;
        _unitId = UnitParameter is > 0 && _org.Units.Any(u => u.Id == UnitParameter) ? UnitParameter : null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _report = await Reports.LoadAsync(_month, _unitId);
        _loading = false;
    }

    private Task MonthChangedAsync(DateOnly month) => GoAsync(month, _unitId);

    private Task ScopeChangedAsync(int unit) => GoAsync(_month, unit == 0 ? null : unit);

    private Task GoAsync(DateOnly month, int? unit)
    {
        var query = new Dictionary<string, object?> { ["month"] = MonthlySnapshots.Key(month), ["unit"] = unit };
        Nav.NavigateTo(Nav.GetUriWithQueryParameters("/reports/monthly", query));
        return Task.CompletedTask;
    }

    /// <summary>Admins may freeze an ended month that has no snapshot yet (normally the monthly job does it).</summary>
    private async Task WriteSnapshotAsync()
    {
        _writing = true;
        _error = null;
        try
        {
            // The rollups must hold every change up to the month's end before the month is frozen (as the monthly job does).
            await Rollup.RunIncrementalAsync();
            await SnapshotWriter.WriteAsync(_month);
            _months = await Snapshots.MonthsAsync();
            await LoadAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _error = ex.Message;
        }
        finally
        {
            _writing = false;
        }
    }

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");

    private string MonthText(DateOnly month) => L["Report.MonthText", month.Year, month.Month];

    private string ScopeText(int unit) => unit == 0 ? L["Report.Centre"] : _org.UnitName(unit);

    private static string N(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private string Days(double? days) => days is { } d ? L["Report.Days", d.ToString("0.0", CultureInfo.CurrentCulture)] : "—";
}
