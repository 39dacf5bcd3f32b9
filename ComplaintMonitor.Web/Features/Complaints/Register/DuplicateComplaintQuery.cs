using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints.Register;

public sealed record PossibleDuplicate(long Id, string CaseNumber, DateTimeOffset ReceivedAt, ComplaintStatus Status);

/// <summary>
/// 重复投诉提示: cases registered in the last days from the same phone about the same window. It reads the index on
/// (ComplainantPhone, RegisteredAt), so it stays a seek however large the table grows.
/// </summary>
public sealed class DuplicateComplaintQuery(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int Days = 7;

    public async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(string? phone, int? windowId, CancellationToken ct = default)
    {
        var number = phone?.Trim();
        if (string.IsNullOrEmpty(number) || windowId is null)
        {
            return [];
        }
        var since = time.GetUtcNow().AddDays(-Days);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Complaints.AsNoTracking()
            .Where(c => c.Complainant.Phone == number && c.RegisteredAt >= since && c.RespondentWindowId == windowId)
            .OrderByDescending(c => c.RegisteredAt)
            .Take(10)
            .Select(c => new PossibleDuplicate(c.Id, c.CaseNumber, c.ReceivedAt, c.Status))
            .ToListAsync(ct);
    }
}
