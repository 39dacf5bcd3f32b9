using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Evaluations;

/// <summary>
/// One 好差评 rating of one service transaction. Staff can never change it: after it is received
/// the only change is an appeal (申诉复核) of a 差评 by the rated unit, decided by a supervisor or leader; an approved
/// appeal marks it 误评/恶意 and excludes it from the rates, but the rating itself stays as given.
/// The appeal fields are the rating's whole history (who filed, who decided, when, why).
/// </summary>
public sealed class Evaluation
{
    private Evaluation() { }

    public long Id { get; private set; }
    public int UnitId { get; private set; }
    public int WindowId { get; private set; }
    public int? StaffId { get; private set; }
    public string ServiceCaseNumber { get; private set; } = "";
    public EvaluationLevel Level { get; private set; }
    public string? Comment { get; private set; }
    public RatingChannel Channel { get; private set; }
    public DateTimeOffset RatedAt { get; private set; }

    /// <summary>The Asia/Shanghai date of <see cref="RatedAt"/>: the day the rating counts on.</summary>
    public DateOnly RatedOn { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
    public bool Defaulted { get; private set; }

    /// <summary>Who delivered it: "apikey:{id}" for a device, or the user who typed in a paper slip.</summary>
    public string ReceivedFrom { get; private set; } = "";

    public string? RaterName { get; private set; }
    public string? RaterPhone { get; private set; }

    /// <summary>The 差评 case this rating opened, once registered.</summary>
    public long? ComplaintId { get; private set; }

    public AppealStatus AppealStatus { get; private set; }
    public string? AppealReason { get; private set; }
    public string? AppealEvidence { get; private set; }
    public string? AppealedBy { get; private set; }
    public string? AppealedByName { get; private set; }
    public DateTimeOffset? AppealedAt { get; private set; }
    public MisratingKind? Misrating { get; private set; }
    public string? AppealDecisionNote { get; private set; }
    public string? AppealDecidedBy { get; private set; }
    public string? AppealDecidedByName { get; private set; }
    public DateTimeOffset? AppealDecidedAt { get; private set; }

    public bool IsBad => Level.IsBad();

    /// <summary>误评/恶意 after an approved appeal: kept, but not counted in 满意率/差评率.</summary>
    public bool Excluded => AppealStatus == AppealStatus.Approved;

    public bool HasRater => !string.IsNullOrWhiteSpace(RaterName) || !string.IsNullOrWhiteSpace(RaterPhone);

    public static Evaluation Receive(NewEvaluation input, string receivedFrom, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate(now);
        if (errors.Count > 0)
        {
            throw new DomainException(string.Join("；", errors));
        }
        var ratedAt = input.RatedAt ?? now;
        return new Evaluation
        {
            UnitId = input.UnitId,
            WindowId = input.WindowId,
            StaffId = input.StaffId,
            ServiceCaseNumber = input.ServiceCaseNumber.Trim(),
            Level = (EvaluationLevel)input.Level,
            Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
            Channel = input.Channel,
            RatedAt = ratedAt,
            RatedOn = ChinaTime.DateOf(ratedAt),
            ReceivedAt = now,
            Defaulted = input.Defaulted,
            ReceivedFrom = receivedFrom,
            RaterName = Blank(input.RaterName),
            RaterPhone = Blank(input.RaterPhone),
        };
    }

    /// <summary>Links the 差评 case opened for this rating.</summary>
    public void LinkCase(long complaintId)
    {
        if (!IsBad)
        {
            throw new DomainException("只有差评才生成差评工单");
        }
        ComplaintId = complaintId;
    }

    /// <summary>Why this user may not file an appeal now, or null when they may.</summary>
    public string? AppealProblem(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsBad)
        {
            return "只有差评可以申诉";
        }
        if (AppealStatus != AppealStatus.None)
        {
            return "该评价已申诉过，不能重复申诉";
        }
        return actor.Role switch
        {
            UserRole.Handler when actor.UnitId == UnitId => null,
            UserRole.Handler => "只有被评价单位可以申诉",
            UserRole.Supervisor or UserRole.Leader => "申诉由被评价单位提出，督查和领导负责复核",
            _ => "您的角色不能申诉",
        };
    }

    /// <summary>申诉: the rated unit asks for the rating to be reviewed, with evidence .</summary>
    public void FileAppeal(Actor actor, string reason, string evidence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AppealProblem(actor) is { } problem)
        {
            throw new NotPermittedException(problem);
        }
        AppealReason = Required(reason, "请填写申诉理由", 1000);
        AppealEvidence = Required(evidence, "请提供申诉证据（如监控录像时段、办件材料、通话记录）", 2000);
        AppealStatus = AppealStatus.Pending;
        AppealedBy = actor.UserId;
        AppealedByName = actor.DisplayName;
        AppealedAt = now;
    }

    /// <summary>Why this user may not decide the pending appeal, or null when they may.</summary>
    public string? DecisionProblem(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AppealStatus != AppealStatus.Pending)
        {
            return "没有待复核的申诉";
        }
        if (actor.Role is not (UserRole.Supervisor or UserRole.Leader))
        {
            return "申诉由督查或中心领导复核";
        }
        if (actor.UserId == AppealedBy)
        {
            return "复核人不能是申诉人";
        }
        if (actor.StaffId is { } staff && staff == StaffId)
        {
            return "您是被评价人，按回避规定不能复核";
        }
        return null;
    }

    /// <summary>复核: approve (the rating becomes 误评/恶意 and leaves the rates) or refuse, with a note.</summary>
    public void DecideAppeal(Actor actor, bool approve, MisratingKind? kind, string note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (DecisionProblem(actor) is { } problem)
        {
            throw new NotPermittedException(problem);
        }
        if (approve && kind is null)
        {
            throw new DomainException("请选择误评或恶意评价");
        }
        AppealDecisionNote = Required(note, "请填写复核意见", 1000);
        AppealStatus = approve ? AppealStatus.Approved : AppealStatus.Refused;
        Misrating = approve ? kind : null;
        AppealDecidedBy = actor.UserId;
        AppealDecidedByName = actor.DisplayName;
        AppealDecidedAt = now;
    }

    private static string Required(string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(message);
        }
        var v = value.Trim();
        return v.Length > max ? throw new DomainException($"内容不能超过 {max} 字") : v;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
