namespace ComplaintMonitor.Domain.Complaints;

public sealed class InvalidTransitionException(ComplaintStatus from, ComplaintAction action)
    : DomainException($"当前状态“{ZhNames.Of(from)}”下不能执行“{ZhNames.Of(action)}”")
{
    public ComplaintStatus From { get; } = from;
    public ComplaintAction Action { get; } = action;
}
