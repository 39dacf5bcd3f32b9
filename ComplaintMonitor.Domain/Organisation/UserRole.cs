namespace ComplaintMonitor.Domain.Organisation;

/// <summary>Roles of the platform: 领导 Leader, 督查 Supervisor (the centre's complaint office), 承办 Handler (window or unit staff), 管理员 Admin.</summary>
public enum UserRole
{
    Leader,
    Supervisor,
    Handler,
    Admin,
}
