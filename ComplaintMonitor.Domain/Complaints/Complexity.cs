namespace ComplaintMonitor.Domain.Complaints;

/// <summary>复杂程度, which picks the reply deadline rule .</summary>
public enum Complexity
{
    Simple,
    Ordinary,
    Complex,
}
