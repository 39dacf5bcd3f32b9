using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Performance;

public static class ScopeNames
{
    /// <summary>"进驻单位 · 税务局", "窗口 · A01 综合受理", or the centre.</summary>
    public static string Of(Scope scope, int id, OrgChart org, IStringLocalizer<SharedResource> L)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(L);
        var name = scope switch
        {
            Scope.Unit => org.UnitName(id),
            Scope.Window => org.WindowName(id),
            Scope.Staff => org.Staff.FirstOrDefault(s => s.Id == id)?.Label ?? "",
            _ => null,
        };
        return name is null ? L["Drill.Centre"] : $"{L[$"Drill.Scope.{scope}"]} · {(name.Length > 0 ? name : $"#{id}")}";
    }
}
