using System.Globalization;
using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintMonitor.Web.Features.Complaints.Register;

/// <summary>登记: every field of <see cref="NewComplaint"/>. Bad input is reported in full and nothing is stored.</summary>
public sealed partial class NewComplaintPage
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private NewComplaintForm _form = new();
    private OrgChart _org = OrgChart.Empty;
    private IReadOnlyDictionary<string, string> _fieldErrors = new Dictionary<string, string>();
    private IReadOnlyList<string> _problems = [];
    private IReadOnlyList<PossibleDuplicate> _duplicates = [];
    private DateTime _today;
    private bool _saving;

    [Inject] private RegisterComplaintHandler Handler { get; set; } = default!;
    [Inject] private DuplicateComplaintQuery Duplicates { get; set; } = default!;
    [Inject] private OrganisationDirectory Organisation { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    private IEnumerable<WindowOption> WindowsToOffer => _org.Windows
        .Where(w => w.Active && (_form.RespondentUnitId is null || w.UnitId == _form.RespondentUnitId));

    private IEnumerable<StaffOption> StaffToOffer => _org.Staff
        .Where(s => s.Active
            && (_form.RespondentUnitId is null || s.UnitId == _form.RespondentUnitId)
            && (_form.RespondentWindowId is null || s.WindowId == _form.RespondentWindowId));

    protected override async Task OnInitializedAsync()
    {
        var now = Time.GetUtcNow();
        _form = NewComplaintForm.StartingAt(now);
        _today = ChinaTime.ToLocal(now).Date;
        _org = await Organisation.LoadAsync();
    }

    private async Task SubmitAsync()
    {
        var now = Time.GetUtcNow();
        _fieldErrors = _form.MissingFields(L);
        _problems = _form.Problems(now, L);
        if (_problems.Count > 0)
        {
            return;
        }
        _saving = true;
        try
        {
            var actor = await CurrentActor.RequireAsync();
            var registered = await Handler.HandleAsync(_form.ToNewComplaint(now), actor);
            Snackbar.Add(L["New.Registered", registered.CaseNumber], Severity.Success);
            Nav.NavigateTo($"/complaints/{registered.Id}");
        }
        catch (DomainException ex)
        {
            _problems = [ex.Message];
        }
        finally
        {
            _saving = false;
        }
    }

    private void RespondentTypeChanged(RespondentType type)
    {
        _form.RespondentType = type;
        if (type == RespondentType.Centre)
        {
            _form.RespondentUnitId = null;
        }
        if (type is not (RespondentType.Window or RespondentType.Staff))
        {
            _form.RespondentWindowId = null;
        }
        if (type != RespondentType.Staff)
        {
            _form.RespondentStaffId = null;
        }
    }

    private void UnitChanged(int? unitId)
    {
        _form.RespondentUnitId = unitId;
        if (_org.Windows.FirstOrDefault(w => w.Id == _form.RespondentWindowId) is { } window && window.UnitId != unitId)
        {
            _form.RespondentWindowId = null;
        }
        if (_org.Staff.FirstOrDefault(s => s.Id == _form.RespondentStaffId) is { } staff && staff.UnitId != unitId)
        {
            _form.RespondentStaffId = null;
        }
    }

    private async Task WindowChangedAsync(int? windowId)
    {
        _form.RespondentWindowId = windowId;
        if (_org.Windows.FirstOrDefault(w => w.Id == windowId) is { } window)
        {
            _form.RespondentUnitId = window.UnitId;
        }
        if (_org.Staff.FirstOrDefault(s => s.Id == _form.RespondentStaffId) is { } staff && staff.WindowId != windowId)
        {
            _form.RespondentStaffId = null;
        }
        await FindDuplicatesAsync();
    }

    private async Task StaffChangedAsync(int? staffId)
    {
        _form.RespondentStaffId = staffId;
        if (_org.Staff.FirstOrDefault(s => s.Id == staffId) is { } staff)
        {
            _form.RespondentUnitId = staff.UnitId;
            if (staff.WindowId is not null && _form.RespondentWindowId != staff.WindowId)
            {
                _form.RespondentWindowId = staff.WindowId;
                await FindDuplicatesAsync();
            }
        }
    }

    private async Task PhoneChangedAsync(string? phone)
    {
        _form.Phone = phone;
        await FindDuplicatesAsync();
    }

    private async Task FindDuplicatesAsync() =>
        _duplicates = _form.Anonymous ? [] : await Duplicates.FindAsync(_form.Phone, _form.RespondentWindowId);

    private bool HasError(string field) => _fieldErrors.ContainsKey(field);

    private string? ErrorOf(string field) => _fieldErrors.GetValueOrDefault(field);

    private string StaffLabel(int? id) => _org.Staff.FirstOrDefault(s => s.Id == id)?.Label ?? string.Empty;

    private static string Shanghai(DateTimeOffset at) => ChinaTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
