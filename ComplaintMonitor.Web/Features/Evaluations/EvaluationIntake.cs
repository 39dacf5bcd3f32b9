using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Evaluations;

/// <summary>
/// Receives one 好差评 rating (API and paper slip alike): resolves the window and staff member from their codes, stores
/// the rating with its rollup counts and — for a 差评 — registers its 差评 case, all in one transaction, and
/// publishes after the commit. A second rating of the same 办件 on the same channel is refused, by a check and,
/// under a race, by the unique index.
/// </summary>
public sealed class EvaluationIntake(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, ChangeFeed feed, TimeProvider time)
{
    /// <summary>
    /// Stores a rating; <paramref name="receivedFrom"/> is "apikey:{id}" for a device or the user id of whoever typed in a
    /// paper slip, and <paramref name="actor"/> registers the 差评 case (the device's system actor, or the user).
    /// </summary>
    public async Task<ReceivedRating> ReceiveAsync(RatingSubmission input, string receivedFrom, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (window, staff) = await ResolveAsync(db, input, ct);
        var rating = new NewEvaluation
        {
            UnitId = window.UnitId,
            WindowId = window.Id,
            StaffId = staff?.Id,
            ServiceCaseNumber = input.ServiceCaseNumber ?? "",
            Level = input.Level,
            Comment = input.Comment,
            Channel = input.Channel,
            RatedAt = input.RatedAt,
            RaterName = input.RaterName,
            RaterPhone = input.RaterPhone,
        };
        ThrowIfInvalid(rating, now);
        var number = rating.ServiceCaseNumber.Trim();
        if (await db.Evaluations.AnyAsync(e => e.ServiceCaseNumber == number && e.Channel == input.Channel, ct))
        {
            throw Duplicate(number, input.Channel);
        }

        var context = EvaluationLevels.IsDefined(input.Level) && ((EvaluationLevel)input.Level).IsBad() ? await contexts.GetAsync(ct) : null;
        var evaluation = Evaluation.Receive(rating, receivedFrom, now);
        Domain.Complaints.Complaint? opened = null;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Evaluations.Add(evaluation);
            await db.SaveChangesAsync(ct);
            await EvaluationRollup.ApplyAsync(db, evaluation, 1, ct);
            if (evaluation.IsBad)
            {
                opened = await RegisterComplaintHandler.RegisterInAsync(db, BadRatingCase.For(evaluation), actor, now, context!, ct);
                evaluation.LinkCase(opened.Id);
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request stored a rating of this 办件 on this channel between the check and the insert.
            if (await ExistsAsync(number, input.Channel, ct))
            {
                throw Duplicate(number, input.Channel);
            }
            throw;
        }

        List<ChangeEvent> events = [Received(evaluation, now)];
        if (opened is not null)
        {
            events.Add(RegisterComplaintHandler.Registered(opened, actor, now));
        }
        feed.Publish(events);
        return new ReceivedRating(evaluation.Id, opened?.Id, opened?.CaseNumber);
    }

    /// <summary>The event of a stored or re-decided rating (routing facts and level only).</summary>
    public static EvaluationReceived Received(Evaluation e, DateTimeOffset now) =>
        new(e.Id, (int)e.Level, e.Channel.ToString(), e.UnitId, e.WindowId, e.StaffId, e.ComplaintId, e.Excluded, now);

    private static async Task<(ServiceWindow Window, StaffMember? Staff)> ResolveAsync(AppDbContext db, RatingSubmission input, CancellationToken ct)
    {
        var code = input.WindowCode?.Trim() ?? "";
        if (code.Length == 0)
        {
            throw new RatingRefusedException(RatingRefusal.Invalid, "请填写窗口编号", Field("windowCode", "请填写窗口编号"));
        }
        var window = await db.Windows.AsNoTracking().FirstOrDefaultAsync(w => w.Code == code && w.Active, ct)
            ?? throw new RatingRefusedException(RatingRefusal.UnknownWindow, $"窗口编号“{code}”不存在或已停用");
        var staffNo = input.StaffNo?.Trim();
        if (string.IsNullOrEmpty(staffNo))
        {
            return (window, null);
        }
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.StaffNo == staffNo && s.Active, ct)
            ?? throw new RatingRefusedException(RatingRefusal.UnknownStaff, $"工号“{staffNo}”不存在或已停用");
        // A staff member may be seated at another window of the same unit (covering a colleague), never at another unit's.
        if (staff.UnitId != window.UnitId)
        {
            throw new RatingRefusedException(RatingRefusal.UnknownStaff, $"工号“{staffNo}”不属于窗口“{code}”所在单位");
        }
        return (window, staff);
    }

    private static void ThrowIfInvalid(NewEvaluation rating, DateTimeOffset now)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var message in rating.Validate(now))
        {
            Add(errors, FieldOf(message), message);
        }
        foreach (var message in BadRatingCase.RaterProblems(rating.RaterName, rating.RaterPhone))
        {
            Add(errors, "raterPhone", message);
        }
        if (errors.Count > 0)
        {
            throw new RatingRefusedException(RatingRefusal.Invalid, string.Join("；", errors.Values.SelectMany(v => v)),
                errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }

    // The domain's messages name their field; the API reports them under the field of its body.
    private static string FieldOf(string message) =>
        message.Contains("办件编号", StringComparison.Ordinal) ? "serviceCaseNumber"
        : message.Contains("等级", StringComparison.Ordinal) ? "level"
        : message.Contains("评价内容", StringComparison.Ordinal) ? "comment"
        : message.Contains("渠道", StringComparison.Ordinal) ? "channel"
        : message.Contains("评价时间", StringComparison.Ordinal) ? "ratedAt"
        : message.Contains("评价人", StringComparison.Ordinal) ? "raterName"
        : "";

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
    }

    private static Dictionary<string, string[]> Field(string field, string message) => new() { [field] = [message] };

    private static RatingRefusedException Duplicate(string number, RatingChannel channel) =>
        new(RatingRefusal.Duplicate, $"办件“{number}”已通过该渠道（{channel}）评价过，每个办件每个渠道只能评价一次");

    private async Task<bool> ExistsAsync(string number, RatingChannel channel, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Evaluations.AnyAsync(e => e.ServiceCaseNumber == number && e.Channel == channel, ct);
    }

    /// <summary>Whoever registers a device's 差评 case: the device itself, named by its key.</summary>
    public static Actor DeviceActor(string receivedFrom, string name) => new(receivedFrom, $"好差评系统（{name}）", UserRole.Admin);
}
