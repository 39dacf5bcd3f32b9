namespace ComplaintMonitor.Domain.Complaints;

/// <summary>被投诉对象 type: the centre, a 进驻单位, a 窗口 or a named staff member.</summary>
public enum RespondentType
{
    Centre,
    Unit,
    Window,
    Staff,
}
