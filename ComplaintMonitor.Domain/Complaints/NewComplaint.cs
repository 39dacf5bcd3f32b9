namespace ComplaintMonitor.Domain.Complaints;

/// <summary>What is registered (登记) for a new complaint (R-1…R-3), before it gets its case number.</summary>
public sealed record NewComplaint
{
    public Channel Channel { get; init; }
    public ComplaintForm Form { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public Complainant Complainant { get; init; } = Complainant.AnonymousPerson;
    public RespondentType RespondentType { get; init; } = RespondentType.Window;
    public int? RespondentUnitId { get; init; }
    public int? RespondentWindowId { get; init; }
    public int? RespondentStaffId { get; init; }
    public ComplaintCategory Category { get; init; }
    public string Content { get; init; } = "";
    public string? RemedySought { get; init; }
    public Complexity Complexity { get; init; } = Complexity.Ordinary;

    /// <summary>Transferred from the 12345 hotline: the hotline's longer reply limit applies.</summary>
    public bool HotlineTransfer { get; init; }

    /// <summary>违纪违法 / 吃拿卡要 / 重大: must be reported to the centre leadership .</summary>
    public bool Serious { get; init; }

    public string? LinkedServiceCaseNumber { get; init; }
    public long? SourceEvaluationId { get; init; }

    /// <summary>R-3: a written record taken down by staff was read back to and confirmed by the complainant.</summary>
    public bool RecordConfirmedByComplainant { get; init; }

    /// <summary>Everything wrong with the input, as Chinese messages; empty when it can be registered.</summary>
    public IReadOnlyList<string> Validate(DateTimeOffset now)
    {
        List<string> errors = [.. Complainant.Validate()];
        if (string.IsNullOrWhiteSpace(Content))
        {
            errors.Add("请填写投诉内容");
        }
        else if (Content.Length > 4000)
        {
            errors.Add("投诉内容不能超过 4000 字");
        }
        if (ReceivedAt > now.AddMinutes(5))
        {
            errors.Add("收到时间不能晚于当前时间");
        }
        if (ReceivedAt < now.AddYears(-1))
        {
            errors.Add("收到时间不能早于一年前");
        }
        if (Form == ComplaintForm.Written && Complainant.Anonymous && !RecordConfirmedByComplainant)
        {
            errors.Add("书面投诉须署真实姓名，或由投诉人确认记录（R-3）");
        }
        switch (RespondentType)
        {
            case RespondentType.Unit when RespondentUnitId is null:
                errors.Add("请选择被投诉单位");
                break;
            case RespondentType.Window when RespondentWindowId is null:
                errors.Add("请选择被投诉窗口");
                break;
            case RespondentType.Staff when RespondentStaffId is null:
                errors.Add("请选择被投诉工作人员");
                break;
        }
        if (LinkedServiceCaseNumber is { Length: > 64 })
        {
            errors.Add("办件编号过长");
        }
        return errors;
    }
}
