using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Complaints.Detail;

/// <summary>
/// The complainant, masked. Users with the RevealIdentity policy (and not the respondent) may unmask it for this page
/// view; every reveal is logged and appears in the case's history.
/// </summary>
public sealed partial class ComplainantCard
{
    private IdentityView _view = new(true, "", null, null, null, false);
    private Complainant? _revealed;
    private long _revealedFor;
    private bool _canReveal;
    private bool _viewerIsRespondent;
    private bool _busy;
    private string? _error;

    [Inject] private RevealIdentityHandler Reveal { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Parameter, EditorRequired]
    public Complaint Complaint { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    /// <summary>Raised after a reveal was logged, so the page can show the new history row.</summary>
    [Parameter]
    public EventCallback Revealed { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _viewerIsRespondent = ComplaintVisibility.IsRespondent(Complaint, Actor);
        if (_revealedFor != Complaint.Id)
        {
            _revealed = null;
        }
        _view = _revealed is not null ? IdentityView.Unmasked(_revealed) : IdentityView.Masked(Complaint.Complainant, _viewerIsRespondent);
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canReveal = !_viewerIsRespondent && !Complaint.Complainant.Anonymous
            && (await Authorization.AuthorizeAsync(user, Policies.RevealIdentity)).Succeeded;
    }

    private async Task RevealAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            _revealed = await Reveal.HandleAsync(Complaint.Id, user);
            _revealedFor = Complaint.Id;
            _view = IdentityView.Unmasked(_revealed);
            await Revealed.InvokeAsync();
        }
        catch (DomainException ex)
        {
            _error = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Dash(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;
}
