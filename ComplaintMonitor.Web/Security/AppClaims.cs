namespace ComplaintMonitor.Web.Security;

/// <summary>Claims the sign-in adds to a user's principal, so every request and circuit knows the user's place in the organisation.</summary>
public static class AppClaims
{
    public const string DisplayName = "cm:name";
    public const string StaffId = "cm:staff";
    public const string UnitId = "cm:unit";
    public const string WindowId = "cm:window";
}
