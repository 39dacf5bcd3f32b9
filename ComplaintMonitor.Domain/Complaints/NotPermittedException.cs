namespace ComplaintMonitor.Domain.Complaints;

/// <summary>The action is legal for the state but not for this user (role, unit, or 回避 R-21).</summary>
public sealed class NotPermittedException(string message) : DomainException(message);
