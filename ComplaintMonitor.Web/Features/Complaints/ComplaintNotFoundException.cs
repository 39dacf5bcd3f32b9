using ComplaintMonitor.Domain;

namespace ComplaintMonitor.Web.Features.Complaints;

public sealed class ComplaintNotFoundException(long id) : DomainException($"投诉 {id} 不存在");
