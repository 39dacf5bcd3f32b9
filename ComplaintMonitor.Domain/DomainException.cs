namespace ComplaintMonitor.Domain;

/// <summary>A violation of a business rule. Not sealed: specific domain errors derive from it.</summary>
public class DomainException(string message) : Exception(message);
