using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Web.Security;

/// <summary>Role names as stored by ASP.NET Core Identity; they are the <see cref="UserRole"/> names.</summary>
public static class AppRoles
{
    public const string Leader = nameof(UserRole.Leader);
    public const string Supervisor = nameof(UserRole.Supervisor);
    public const string Handler = nameof(UserRole.Handler);
    public const string Admin = nameof(UserRole.Admin);

    public static IReadOnlyList<string> All { get; } = [Leader, Supervisor, Handler, Admin];
}
