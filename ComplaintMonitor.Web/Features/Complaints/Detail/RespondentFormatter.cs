using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Complaints.Detail;

/// <summary>被投诉对象 in words: the type, then unit · window · staff as far as they are known.</summary>
public static class RespondentFormatter
{
    public static string Describe(Complaint complaint, OrgChart org, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(org);
        var parts = new[] { org.UnitName(complaint.RespondentUnitId), org.WindowName(complaint.RespondentWindowId), org.StaffName(complaint.RespondentStaffId) }
            .Where(p => p.Length > 0);
        var names = string.Join(" · ", parts);
        var type = l.Of(complaint.RespondentType);
        return names.Length == 0 ? type : l["Detail.RespondentFormat", type, names];
    }
}
