using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Notifications;
using ComplaintMonitor.Web.Realtime;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Evaluations;

public sealed class EvaluationNotFoundException(long id) : Exception($"评价 {id} 不存在");

/// <summary>
/// 申诉复核: the rated unit files an appeal; a supervisor or leader decides it. The domain says who may; a decision
/// moves the rating's counts (old out, new in) in the same transaction; the deciders, then the filer, are notified; all is
/// published after the commit.
/// </summary>
public sealed class EvaluationAppeals(IDbContextFactory<AppDbContext> dbFactory, StaffDirectoryCache directory, ChangeFeed feed, TimeProvider time)
{
    public async Task FileAsync(long id, Actor actor, string reason, string evidence, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var e = await LockAndLoadAsync(db, id, ct);
        e.FileAppeal(actor, reason, evidence, now);
        var notifications = AppealNotifications.Filed(e, await directory.GetAsync(ct), now);
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        feed.Publish([.. Created(notifications)]);
    }

    public async Task DecideAsync(long id, Actor actor, bool approve, MisratingKind? kind, string note, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var e = await LockAndLoadAsync(db, id, ct);
        await EvaluationRollup.ApplyAsync(db, e, -1, ct);
        e.DecideAppeal(actor, approve, kind, note, now);
        var notifications = AppealNotifications.Decided(e, now);
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(ct);
        await EvaluationRollup.ApplyAsync(db, e, 1, ct);
        await tx.CommitAsync(ct);
        feed.Publish([EvaluationIntake.Received(e, now), .. Created(notifications)]);
    }

    private static IEnumerable<ChangeEvent> Created(IEnumerable<Notification> notifications) =>
        notifications.Select(n => new NotificationCreated(n.UserId, n.Id, n.Kind, n.Title, n.ComplaintId, n.CaseNumber, n.Link));

    // The no-op write takes the write lock first, so two decisions of one appeal run one after the other and the
    // second sees the first's result (and is refused) instead of counting the rating twice.
    private static async Task<Evaluation> LockAndLoadAsync(AppDbContext db, long id, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""UPDATE "Evaluations" SET "Id" = "Id" WHERE "Id" = {id}""", ct);
        return await db.Evaluations.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new EvaluationNotFoundException(id);
    }
}
