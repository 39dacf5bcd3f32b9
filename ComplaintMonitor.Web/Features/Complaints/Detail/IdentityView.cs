using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Privacy;

namespace ComplaintMonitor.Web.Features.Complaints.Detail;

/// <summary>
/// How the complainant is shown: masked for everyone by default (张*, 138****1234, 1***********0021, 内蒙古自治区****);
/// only the surname mask for the respondent, who never sees phone, ID or address; in full only after a logged reveal.
/// </summary>
public sealed record IdentityView(bool Anonymous, string Name, string? Phone, string? IdNumber, string? Address, bool Revealed)
{
    public static IdentityView Masked(Complainant complainant, bool viewerIsRespondent)
    {
        ArgumentNullException.ThrowIfNull(complainant);
        if (complainant.Anonymous)
        {
            return new IdentityView(true, "", null, null, null, false);
        }
        return viewerIsRespondent
            ? new IdentityView(false, Masking.Name(complainant.Name), null, null, null, false)
            : new IdentityView(false, Masking.Name(complainant.Name), Masking.Phone(complainant.Phone),
                Masking.IdNumber(complainant.IdNumber), Masking.Address(complainant.Address), false);
    }

    public static IdentityView Unmasked(Complainant complainant)
    {
        ArgumentNullException.ThrowIfNull(complainant);
        return new IdentityView(complainant.Anonymous, complainant.Name ?? "", complainant.Phone, complainant.IdNumber, complainant.Address, true);
    }
}
