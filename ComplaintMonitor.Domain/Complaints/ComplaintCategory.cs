namespace ComplaintMonitor.Domain.Complaints;

/// <summary>投诉类别: 服务态度, 办事效率, 业务能力, 工作纪律, 政策执行, 环境设施, 其他.</summary>
public enum ComplaintCategory
{
    ServiceAttitude,
    Efficiency,
    Competence,
    Discipline,
    PolicyExecution,
    Environment,
    Other,
}
