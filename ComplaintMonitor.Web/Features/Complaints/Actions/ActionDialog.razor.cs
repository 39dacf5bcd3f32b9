using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintMonitor.Web.Features.Complaints.Actions;

/// <summary>
/// The dialog of one action: its command's fields, the form's own checks, then the handler with the version the user
/// saw. A refusal (including "changed by someone else") is shown here and nothing is stored; success closes with the result.
/// </summary>
public sealed partial class ActionDialog
{
    private ActionForm _form = new(ComplaintAction.Accept);
    private IReadOnlyDictionary<string, string> _problems = new Dictionary<string, string>();
    private string? _error;
    private bool _busy;

    [Inject] private ApplyComplaintActionHandler Handler { get; set; } = default!;
    [Inject] private WorkflowContextProvider Contexts { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public ComplaintAction Action { get; set; }

    [Parameter, EditorRequired]
    public Complaint Complaint { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    [Parameter, EditorRequired]
    public OrgChart Org { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var context = await Contexts.GetAsync();
        _form = ActionForm.For(Action, Complaint, context.Policy);
    }

    private async Task SubmitAsync()
    {
        _error = null;
        _problems = _form.Problems(L);
        if (_problems.Count > 0)
        {
            return;
        }
        _busy = true;
        try
        {
            var applied = await Handler.HandleAsync(Complaint.Id, Complaint.Version, _form.ToCommand(), Actor);
            MudDialog.Close(DialogResult.Ok(applied));
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

    private void Cancel() => MudDialog.Cancel();

    private bool Has(string field) => _problems.ContainsKey(field);

    private string? ErrorOf(string field) => _problems.GetValueOrDefault(field);
}
