namespace ComplaintMonitor.Domain.Complaints;

/// <summary>Someone else changed the case after it was loaded; nothing was written.</summary>
public sealed class ConcurrencyConflictException(string caseNumber)
    : DomainException($"投诉 {caseNumber} 已被他人修改，请刷新后重试，本次操作未保存。")
{
    public string CaseNumber { get; } = caseNumber;
}
