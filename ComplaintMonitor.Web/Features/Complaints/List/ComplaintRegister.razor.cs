using System.Globalization;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintMonitor.Web.Features.Complaints.List;

/// <summary>
/// The register grid with its filter bar. The filter lives in the URL: a change replaces the query string, and a
/// navigation to a new query string (a dashboard link, the nav menu) resets the filter and the paging.
/// </summary>
public sealed partial class ComplaintRegister
{
    public const int PageSize = 20;

    // Cursor of the first row of each page visited so far: [0] is the first page (no cursor).
    private readonly List<PageCursor?> _cursors = [null];
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private MudDataGrid<ComplaintRow>? _grid;
    private IDisposable? _live;
    private ComplaintFilter _filter = ComplaintFilter.None;
    private Actor? _actor;
    private OrgChart _org = OrgChart.Empty;
    private ComplaintSort _sort = ComplaintSort.RegisteredDesc;
    private PageCursor? _next;
    private int _page;
    private int _shown;
    private int? _count;
    private string? _error;
    private CancellationTokenSource? _countCts;

    [Inject] private ComplaintListQuery Query { get; set; } = default!;
    [Inject] private ComplaintExport Export { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private OrganisationDirectory Organisation { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] private ILogger<ComplaintRegister> Logger { get; set; } = default!;

    /// <summary>The page's own path, e.g. <c>/complaints</c>; filters are written to its query string.</summary>
    [Parameter, EditorRequired]
    public string BasePath { get; set; } = "/complaints";

    /// <summary>A status the list is restricted to whatever the URL says (the archive shows <c>Archived</c> only).</summary>
    [Parameter]
    public ComplaintStatus? FixedStatus { get; set; }

    private ComplaintFilter EffectiveFilter => FixedStatus is { } s ? _filter with { Status = s } : _filter;

    private IEnumerable<WindowOption> WindowsToOffer =>
        _filter.RespondentUnit is { } unit ? _org.Windows.Where(w => w.UnitId == unit) : _org.Windows;

    private string RangeText => _shown == 0
        ? string.Empty
        : L["List.Range", _page * PageSize + 1, _page * PageSize + _shown];

    private string CountText => _count switch
    {
        null => string.Empty,
        > ComplaintListQuery.CountCap => L["List.CountCapped", ComplaintListQuery.CountCap.ToString("N0", _culture)],
        { } n => L["List.Count", n.ToString("N0", _culture)],
    };

    protected override async Task OnInitializedAsync()
    {
        _filter = FilterFromUri(Nav.Uri);
        Nav.LocationChanged += OnLocationChanged;
        _org = await Organisation.LoadAsync();
        _actor = await CurrentActor.RequireAsync();
        StartCount();
        if (RendererInfo.IsInteractive)
        {
            // A new or changed case the user may see reloads the page being shown (throttled to one reload per 250 ms).
            _live = await Live.SubscribeAsync(async changes =>
            {
                if (changes.Any(c => c is ComplaintChanged or Reconnected) && _grid is not null)
                {
                    await InvokeAsync(async () =>
                    {
                        StartCount();
                        await _grid.ReloadServerData();
                    });
                }
            });
        }
    }

    public void Dispose()
    {
        _live?.Dispose();
        Nav.LocationChanged -= OnLocationChanged;
        _countCts?.Cancel();
        _countCts?.Dispose();
    }

    private async Task<GridData<ComplaintRow>> LoadAsync(GridState<ComplaintRow> state, CancellationToken ct)
    {
        var sort = SortOf(state.SortDefinitions.FirstOrDefault());
        if (sort != _sort)
        {
            _sort = sort;
            ResetPaging();
        }
        try
        {
            var page = await Query.ListAsync(EffectiveFilter, _actor!, _sort, _cursors[_page], PageSize, ct);
            _error = null;
            _next = page.Next;
            _shown = page.Rows.Count;
            return new GridData<ComplaintRow> { Items = page.Rows, TotalItems = _page * PageSize + _shown + (page.HasMore ? 1 : 0) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !ct.IsCancellationRequested)
        {
            _error = L["List.LoadFailed", ex.Message];
            _next = null;
            _shown = 0;
            return new GridData<ComplaintRow> { Items = [], TotalItems = 0 };
        }
    }

    /// <summary>The rows of the filter and order in force when the export starts.</summary>
    private IAsyncEnumerable<object?[]> ExportRows(CancellationToken ct) => Export.RowsAsync(EffectiveFilter, _actor!, _sort, ct);

    private async Task<long?> ExportTotal(CancellationToken ct) => await Query.CountAllAsync(EffectiveFilter, _actor!, ct);

    private async Task NextPageAsync()
    {
        if (_next is null || _grid is null)
        {
            return;
        }
        _cursors.RemoveRange(_page + 1, _cursors.Count - _page - 1);
        _cursors.Add(_next);
        _page++;
        await _grid.ReloadServerData();
    }

    private async Task PreviousPageAsync()
    {
        if (_page == 0 || _grid is null)
        {
            return;
        }
        _page--;
        await _grid.ReloadServerData();
    }

    private Task ApplyTextAsync(string? text) =>
        ApplyAsync(_filter with { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private async Task ApplyAsync(ComplaintFilter filter)
    {
        Nav.NavigateTo(filter.ToUri(BasePath), replace: true);
        await UseFilterAsync(filter);
    }

    private async Task UseFilterAsync(ComplaintFilter filter)
    {
        if (filter == _filter)
        {
            return;
        }
        _filter = filter;
        ResetPaging();
        StartCount();
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var path = Nav.ToAbsoluteUri(e.Location).AbsolutePath;
        if (string.Equals(path.TrimEnd('/'), BasePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            _ = InvokeAsync(() => UseFilterAsync(FilterFromUri(e.Location)));
        }
    }

    private ComplaintFilter FilterFromUri(string uri)
    {
        var filter = ComplaintFilter.FromUri(uri);
        return FixedStatus is null ? filter : filter with { Status = null };
    }

    private void ResetPaging()
    {
        _cursors.RemoveRange(1, _cursors.Count - 1);
        _page = 0;
        _next = null;
    }

    /// <summary>Counts the matches (up to the cap) in the background; the rows never wait for it.</summary>
    private void StartCount()
    {
        _countCts?.Cancel();
        _countCts?.Dispose();
        _countCts = new CancellationTokenSource();
        _count = null;
        if (_actor is null)
        {
            return;
        }
        var ct = _countCts.Token;
        var filter = EffectiveFilter;
        var actor = _actor;
        _ = Task.Run(async () =>
        {
            try
            {
                var count = await Query.CountAsync(filter, actor, ct);
                await InvokeAsync(() =>
                {
                    if (!ct.IsCancellationRequested)
                    {
                        _count = count;
                        StateHasChanged();
                    }
                });
            }
            catch (OperationCanceledException)
            {
                // A newer filter replaced this count.
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The count is a hint next to the rows; without it the pager still works.
                Logger.LogWarning(ex, "Counting the register failed");
            }
        }, ct);
    }

    private static ComplaintSort SortOf(SortDefinition<ComplaintRow>? sort) => sort switch
    {
        { SortBy: nameof(ComplaintRow.ReceivedAt), Descending: true } => ComplaintSort.ReceivedDesc,
        { SortBy: nameof(ComplaintRow.ReceivedAt) } => ComplaintSort.ReceivedAsc,
        { SortBy: nameof(ComplaintRow.CaseNumber), Descending: true } => ComplaintSort.CaseNumberDesc,
        { SortBy: nameof(ComplaintRow.CaseNumber) } => ComplaintSort.CaseNumberAsc,
        _ => ComplaintSort.RegisteredDesc,
    };

    private string RespondentText(ComplaintRow row) => row.RespondentType == RespondentType.Centre
        ? L.Of(RespondentType.Centre)
        : string.Join(" ", new[] { row.RespondentUnit, row.RespondentWindow }.Where(s => s.Length > 0));

    private static string Shanghai(DateTimeOffset at) => ChinaTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
