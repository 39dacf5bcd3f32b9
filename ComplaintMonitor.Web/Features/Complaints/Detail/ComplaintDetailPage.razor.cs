using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using ComplaintMonitor.Web.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Complaints.Detail;

/// <summary>
/// One case: facts, the masked complainant, deadlines, the history and the actions this user may take. A handler may
/// open only the cases of their unit or assigned to them, and never one that names them as respondent (403).
/// </summary>
public sealed partial class ComplaintDetailPage : IDisposable
{
    private IDisposable? _live;
    private string? _changedBy;
    private Complaint? _complaint;
    private Actor? _actor;
    private OrgChart _org = OrgChart.Empty;
    private HistoryDescriber? _describer;
    private WorkingDayCalendar? _calendar;
    private DateTimeOffset _now;
    private bool _forbidden;
    private bool _loading = true;

    [Inject] private ComplaintDetailQuery Query { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private OrganisationDirectory Organisation { get; set; } = default!;
    [Inject] private WorkflowContextProvider Contexts { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Parameter]
    public long Id { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _actor = await CurrentActor.RequireAsync();
        _org = await Organisation.LoadAsync();
        _describer = new HistoryDescriber(L, _org);
        _calendar = (await Contexts.GetAsync()).Calendar;
        await ReloadAsync();
        _loading = false;
        if (RendererInfo.IsInteractive && _live is null)
        {
            _live = await Live.SubscribeAsync(OnChangesAsync);
        }
    }

    /// <summary>
    /// Another user's action on this case appears without a reload, with a note that the case changed: a dialog still
    /// open on the old version is refused on submit ("已被他人修改"), and the reloaded page offers the new actions.
    /// </summary>
    private async Task OnChangesAsync(IReadOnlyList<ChangeEvent> changes)
    {
        var mine = changes.OfType<ComplaintChanged>().Where(c => c.ComplaintId == Id).ToList();
        var reconnected = changes.OfType<Reconnected>().Any();
        if (mine.Count == 0 && !reconnected)
        {
            return;
        }
        await InvokeAsync(async () =>
        {
            var shownVersion = _complaint?.Version;
            await ReloadAsync();
            if (mine.LastOrDefault(c => c.ActorId != _actor?.UserId) is not null && _complaint is { } now && now.Version != shownVersion)
            {
                _changedBy = mine[^1].Action;
            }
            StateHasChanged();
        });
    }

    public void Dispose() => _live?.Dispose();

    private async Task ReloadAsync()
    {
        _now = Time.GetUtcNow();
        var complaint = await Query.GetAsync(Id);
        if (complaint is null)
        {
            _complaint = null;
            Nav.NotFound();
            return;
        }
        _forbidden = !ComplaintVisibility.CanView(complaint, _actor!);
        _complaint = _forbidden ? null : complaint;
        if (_forbidden && HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }
}
