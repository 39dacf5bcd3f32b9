using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Notifications;

public sealed record NotificationItem(long Id, string Kind, string Title, string Body, long? ComplaintId, string? CaseNumber, DateTimeOffset CreatedAt, bool Read, string? Link = null)
{
    /// <summary>The page opening it leads to, if any.</summary>
    public string? Target => Notification.Target(Link, ComplaintId);
}

/// <summary>A user's notification centre: unread count (partial index on unread rows), latest entries, mark read.</summary>
public sealed class NotificationCentre(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task<int> UnreadCountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }

    public async Task<IReadOnlyList<NotificationItem>> LatestAsync(string userId, int take = 20, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(take)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Title, n.Body, n.ComplaintId, n.CaseNumber, n.CreatedAt, n.ReadAt != null, n.Link))
            .ToListAsync(ct);
    }

    /// <summary>Marks one of the user's notifications read (someone else's id changes nothing).</summary>
    public async Task MarkReadAsync(string userId, long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        await db.Notifications.Where(n => n.Id == id && n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    public async Task MarkAllReadAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
