using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintMonitor.Web.Features.Complaints.Actions;

/// <summary>
/// One button per action the domain allows this user now (<see cref="Complaint.AllowedActions"/>); the panel adds no
/// rule of its own. Each button opens the action's dialog; a completed action shows a snackbar and asks the page to reload.
/// </summary>
public sealed partial class ComplaintActions
{
    private IReadOnlyList<ComplaintAction> _allowed = [];

    [Inject] private WorkflowContextProvider Contexts { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Parameter, EditorRequired]
    public Complaint Complaint { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    [Parameter, EditorRequired]
    public OrgChart Org { get; set; } = default!;

    /// <summary>Raised after an action was stored.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var context = await Contexts.GetAsync();
        _allowed = Complaint.AllowedActions(Actor, Time.GetUtcNow(), context);
    }

    private async Task OpenAsync(ComplaintAction action)
    {
        var parameters = new DialogParameters<ActionDialog>
        {
            { d => d.Action, action },
            { d => d.Complaint, Complaint },
            { d => d.Actor, Actor },
            { d => d.Org, Org },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<ActionDialog>(L.Of(action), parameters, options);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: AppliedAction applied })
        {
            Snackbar.Add(L["Action.Done", L.Of(action), applied.CaseNumber], Severity.Success);
            await Changed.InvokeAsync();
        }
    }

    private static bool IsPrimary(ComplaintAction action) => action is ComplaintAction.Accept or ComplaintAction.Assign
        or ComplaintAction.StartInvestigation or ComplaintAction.RecordHandling or ComplaintAction.Reply or ComplaintAction.ReturnVisit
        or ComplaintAction.Close or ComplaintAction.Archive or ComplaintAction.ResolveOnSite or ComplaintAction.SupplyInfo
        or ComplaintAction.ApproveExtension;

    private static Color ColorOf(ComplaintAction action) => action switch
    {
        ComplaintAction.Reject or ComplaintAction.Withdraw or ComplaintAction.RefuseExtension => Color.Error,
        ComplaintAction.RequestExtension or ComplaintAction.Reopen or ComplaintAction.RequestInfo => Color.Warning,
        _ => Color.Primary,
    };
}
