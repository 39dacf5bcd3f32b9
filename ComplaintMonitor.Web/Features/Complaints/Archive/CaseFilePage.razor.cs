using System.Globalization;
using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Features.Complaints.Detail;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace ComplaintMonitor.Web.Features.Complaints.Archive;

/// <summary>
/// The printable case file: 登记表, 转办单, 调查记录, 答复, 回访 and the whole process on A4, built from the case and
/// its history. The complainant is masked unless revealed here, which is logged like on the detail page.
/// </summary>
public sealed partial class CaseFilePage
{
    private static readonly CaseFileSection[] Sections =
        [CaseFileSection.Decision, CaseFileSection.Referral, CaseFileSection.Investigation, CaseFileSection.Reply, CaseFileSection.Visit];

    private Complaint? _complaint;
    private OrgChart _org = OrgChart.Empty;
    private HistoryDescriber? _describer;
    private IdentityView _identity = new(true, "", null, null, null, false);
    private DateTimeOffset _now;
    private bool _forbidden;
    private bool _canReveal;
    private string? _error;

    [Inject] private ComplaintDetailQuery Query { get; set; } = default!;
    [Inject] private OrganisationDirectory Organisation { get; set; } = default!;
    [Inject] private RevealIdentityHandler Reveal { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Parameter]
    public long Id { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _now = Clock.GetUtcNow();
        var actor = await CurrentActor.RequireAsync();
        _org = await Organisation.LoadAsync();
        _describer = new HistoryDescriber(L, _org);
        var complaint = await Query.GetAsync(Id);
        if (complaint is null)
        {
            Nav.NotFound();
            return;
        }
        _forbidden = !ComplaintVisibility.CanView(complaint, actor);
        if (_forbidden)
        {
            if (HttpContext is { Response.HasStarted: false } http)
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            return;
        }
        _complaint = complaint;
        var respondent = ComplaintVisibility.IsRespondent(complaint, actor);
        _identity = IdentityView.Masked(complaint.Complainant, respondent);
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canReveal = !respondent && !complaint.Complainant.Anonymous
            && (await Authorization.AuthorizeAsync(user, Policies.RevealIdentity)).Succeeded;
    }

    private async Task RevealAsync()
    {
        try
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            _identity = IdentityView.Unmasked(await Reveal.HandleAsync(Id, user));
            _complaint = await Query.GetAsync(Id) ?? _complaint;
        }
        catch (DomainException ex)
        {
            _error = ex.Message;
        }
    }

    private async Task PrintAsync() => await Js.InvokeVoidAsync("print");

    private string YesNo(bool value) => value ? L["Common.Yes"] : L["Common.No"];

    private static string Dash(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;

    private static string Time(DateTimeOffset? at) =>
        at is { } t ? ChinaTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
}
