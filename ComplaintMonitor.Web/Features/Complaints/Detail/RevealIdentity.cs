using System.Security.Claims;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints.Detail;

/// <summary>
/// 显示投诉人信息: checks the RevealIdentity policy and the case's own refusal of its respondent, then writes the
/// access-log row and the case's <c>RevealIdentity</c> history row in one transaction and only then returns the identity.
/// </summary>
public sealed class RevealIdentityHandler(IDbContextFactory<AppDbContext> dbFactory, IAuthorizationService authorization, TimeProvider time)
{
    public async Task<Complainant> HandleAsync(long complaintId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = ActorFactory.FromPrincipal(user) ?? throw new NotPermittedException("需要登录");
        if (!(await authorization.AuthorizeAsync(user, Policies.RevealIdentity)).Succeeded)
        {
            throw new NotPermittedException("您无权查看投诉人身份信息");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, ct)
            ?? throw new ComplaintNotFoundException(complaintId);
        if (!ComplaintVisibility.CanView(complaint, actor))
        {
            throw new NotPermittedException("本件未交办给您所在的单位");
        }
        var now = time.GetUtcNow();
        complaint.RecordIdentityReveal(actor, now);
        db.IdentityAccessLog.Add(new IdentityAccess { ComplaintId = complaint.Id, UserId = actor.UserId, UserName = actor.DisplayName, At = now });
        await db.SaveChangesAsync(ct);
        return complaint.Complainant;
    }
}
