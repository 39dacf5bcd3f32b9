using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Domain.Deadlines;

/// <summary>
/// Every time limit in working days (R-10… ). The defaults come from verified local rules and are all
/// configurable ([U] in the domain rules): the case stores the numbers it started with.
/// </summary>
public sealed record DeadlinePolicy
{
    public int AcceptWorkingDays { get; init; } = 1;
    public int SimpleReplyWorkingDays { get; init; } = 1;
    public int OrdinaryReplyWorkingDays { get; init; } = 2;
    public int ComplexReplyWorkingDays { get; init; } = 5;
    public int HotlineReplyWorkingDays { get; init; } = 15;
    public int ReturnVisitWorkingDays { get; init; } = 3;
    public int ExtensionWorkingDays { get; init; } = 7;
    public int BadRatingFirstContactWorkingDays { get; init; } = 1;
    public int BadRatingRectifyWorkingDays { get; init; } = 5;

    /// <summary>黄灯 when this many working days or fewer remain before the due date.</summary>
    public int YellowWorkingDaysLeft { get; init; } = 1;

    /// <summary>A case still red this many working days after its due date is reported to the centre leadership .</summary>
    public int LeaderEscalationWorkingDays { get; init; } = 3;

    /// <summary>回头看: working days after closure when the follow-up check falls due.</summary>
    public int LookBackAfterWorkingDays { get; init; } = 10;

    /// <summary>回头看: working days allowed for the check once it is due.</summary>
    public int LookBackWorkingDays { get; init; } = 5;

    /// <summary>回头看: share of the not-upheld closed cases also checked (upheld ones always are).</summary>
    public double LookBackSampleRate { get; init; } = 0.2;

    /// <summary>Reopenings a case may have before a further 不满意 is escalated to the centre leadership .</summary>
    public int MaxReopenings { get; init; } = 1;

    /// <summary>A second (or later) extension needs a leader's approval .</summary>
    public int ExtensionsBeforeLeaderApproval { get; init; } = 1;

    public static DeadlinePolicy Default { get; } = new();

    public int ReplyWorkingDays(DeadlineRule rule) => rule switch
    {
        DeadlineRule.Simple => SimpleReplyWorkingDays,
        DeadlineRule.Ordinary => OrdinaryReplyWorkingDays,
        DeadlineRule.Complex => ComplexReplyWorkingDays,
        DeadlineRule.Hotline => HotlineReplyWorkingDays,
        DeadlineRule.BadRating => BadRatingRectifyWorkingDays,
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>
    /// 回头看 selection: every upheld or partly upheld case, and a fixed sample of the others. The sample is a hash of
    /// the case number (FNV-1a), so deciding again gives the same answer.
    /// </summary>
    public bool SelectsForLookBack(string caseNumber, Finding? finding)
    {
        if (finding is Finding.Upheld or Finding.PartlyUpheld)
        {
            return true;
        }
        var hash = 2166136261u;
        foreach (var ch in caseNumber)
        {
            hash = (hash ^ ch) * 16777619u;
        }
        return hash % 1000 < LookBackSampleRate * 1000;
    }

    /// <summary>R-11: hotline transfers get the hotline limit; complex cases or cases involving two or more units 5 WD; oral simple ones the next WD.</summary>
    public static DeadlineRule RuleFor(Complexity complexity, bool hotlineTransfer, bool fromBadRating, int unitCount) =>
        fromBadRating ? DeadlineRule.BadRating
        : hotlineTransfer ? DeadlineRule.Hotline
        : complexity == Complexity.Complex || unitCount >= 2 ? DeadlineRule.Complex
        : complexity == Complexity.Simple ? DeadlineRule.Simple
        : DeadlineRule.Ordinary;

    /// <summary>Checks the numbers an administrator typed; returns the Chinese messages of what is wrong.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> errors = [];
        void Range(int value, string name, int min, int max)
        {
            if (value < min || value > max)
            {
                errors.Add($"{name}应在 {min} 到 {max} 个工作日之间");
            }
        }
        Range(AcceptWorkingDays, "受理时限", 1, 30);
        Range(SimpleReplyWorkingDays, "简单件答复时限", 1, 60);
        Range(OrdinaryReplyWorkingDays, "一般件答复时限", 1, 60);
        Range(ComplexReplyWorkingDays, "复杂件答复时限", 1, 60);
        Range(HotlineReplyWorkingDays, "12345转办件时限", 1, 60);
        Range(ReturnVisitWorkingDays, "回访时限", 1, 30);
        Range(ExtensionWorkingDays, "延期天数", 1, 60);
        Range(BadRatingFirstContactWorkingDays, "差评首次联系时限", 1, 30);
        Range(BadRatingRectifyWorkingDays, "差评整改时限", 1, 60);
        Range(YellowWorkingDaysLeft, "黄灯预警阈值", 0, 10);
        Range(LeaderEscalationWorkingDays, "超期升级领导时限", 1, 30);
        Range(LookBackAfterWorkingDays, "回头看间隔", 1, 60);
        Range(LookBackWorkingDays, "回头看时限", 1, 30);
        if (LookBackSampleRate is < 0 or > 1)
        {
            errors.Add("回头看抽查比例应在 0 到 1 之间");
        }
        if (MaxReopenings is < 0 or > 10)
        {
            errors.Add("重办次数上限应在 0 到 10 之间");
        }
        if (ExtensionsBeforeLeaderApproval is < 0 or > 10)
        {
            errors.Add("无需领导审批的延期次数应在 0 到 10 之间");
        }
        return errors;
    }
}
