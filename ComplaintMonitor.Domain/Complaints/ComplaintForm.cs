namespace ComplaintMonitor.Domain.Complaints;

/// <summary>投诉方式: 口头 oral, 书面 written, 电子 electronic.</summary>
public enum ComplaintForm
{
    Oral,
    Written,
    Electronic,
}
