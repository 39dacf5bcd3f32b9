namespace ComplaintMonitor.Tests.Web.Features.Account;

/// <summary>Who opens a page: a demo account of each role, or a visitor who has not signed in.</summary>
[Flags]
public enum Who
{
    Leader = 1,
    Supervisor = 2,
    Handler = 4,
    Admin = 8,
    Anonymous = 16,
    Staff = Leader | Supervisor | Handler | Admin,
    Everyone = Staff | Anonymous,
}

/// <param name="Route">The route template, as in <c>@page</c>; parameters (<c>{Id:long}</c>) are requested with the value 1.</param>
/// <param name="Allowed">Who gets the page; everyone else is refused (anonymous: 302 to the login page; signed in: 302 to /account/denied).</param>
/// <param name="Exists">
/// False for pages built on another branch: until that branch is merged the route answers 404 and only the refusal of
/// anonymous visitors is checked. Set it to true when the page arrives.
/// </param>
/// <param name="Status">What an allowed request answers (the denied page answers 403 by design).</param>
public sealed record RouteRule(string Route, Who Allowed, bool Exists, int Status = 200);

/// <summary>
/// The role × page/endpoint matrix: the server must enforce exactly this, before any page renders. Every routable page
/// of the app must have a row (a test checks), so a new page cannot ship without a decision about who may open it.
/// Rows follow Security/Policies.cs: Staff = all four roles, Casework = 领导/督查/承办, Triage = 督查,
/// Oversight = 领导/督查/管理员, Administration = 管理员.
/// </summary>
public static class AccessMatrix
{
    public static IReadOnlyList<RouteRule> Rules { get; } =
    [
        // Shell and account pages
        new("/", Who.Staff, Exists: true),
        new("/not-found", Who.Staff, Exists: true),
        new("/Error", Who.Everyone, Exists: true),
        new("/account/login", Who.Everyone, Exists: true),
        new("/account/denied", Who.Everyone, Exists: true, Status: 403),
        new("/account/password", Who.Staff, Exists: true),
        new("/health", Who.Everyone, Exists: true),

        // Complaint pages (pages branch): Policies.Casework, register/triage Policies.Triage
        new("/complaints", Who.Leader | Who.Supervisor | Who.Handler, Exists: true),
        new("/complaints/new", Who.Supervisor, Exists: true),
        new("/complaints/archive", Who.Leader | Who.Supervisor | Who.Handler, Exists: true),
        // Templates: which case a handler may open is the detail page's own check (ComplaintDetailPageTests); here only anonymous refusal.
        new("/complaints/{Id:long}", Who.Leader | Who.Supervisor | Who.Handler, Exists: false),
        new("/complaints/{Id:long}/file", Who.Leader | Who.Supervisor | Who.Handler, Exists: false),
        new("/warnings", Who.Leader | Who.Supervisor | Who.Handler, Exists: true),

        // Statistics drill-down (perf branch): Policies.Oversight
        new("/statistics", Who.Leader | Who.Supervisor | Who.Admin, Exists: true),
        new("/statistics/units/{Id:int}", Who.Leader | Who.Supervisor | Who.Admin, Exists: true),
        new("/statistics/windows/{Id:int}", Who.Leader | Who.Supervisor | Who.Admin, Exists: true),
        new("/statistics/staff/{Id:int}", Who.Leader | Who.Supervisor | Who.Admin, Exists: true),
        new("/statistics/cases", Who.Leader | Who.Supervisor | Who.Admin, Exists: true),
        new("/statistics/ratings", Who.Leader | Who.Supervisor | Who.Admin, Exists: true),

        // Reports: the monthly report is Policies.Oversight; the public release (R-30) is open to everyone and static
        new("/reports/monthly", Who.Leader | Who.Supervisor | Who.Admin, Exists: true),
        new("/public/results", Who.Everyone, Exists: true),

        // 好差评 (eval branch): every staff role sees the list (a handler their unit's); paper slips Policies.Triage;
        // a rating's page checks the unit itself (EvaluationPagesTests), here only anonymous refusal.
        new("/evaluations", Who.Staff, Exists: true),
        new("/evaluations/new", Who.Supervisor, Exists: true),
        new("/evaluations/{Id:long}", Who.Staff, Exists: false),

        // The leadership wall (大屏): Policies.Oversight
        new("/wall", Who.Leader | Who.Supervisor | Who.Admin, Exists: true),

        // Administration: Policies.Administration
        new("/admin", Who.Admin, Exists: true),
        new("/admin/organisation", Who.Admin, Exists: true),
        new("/admin/users", Who.Admin, Exists: true),
        new("/admin/policy", Who.Admin, Exists: true),
        new("/admin/calendar", Who.Admin, Exists: true),
        new("/admin/jobs", Who.Admin, Exists: true),
        new("/admin/apikeys", Who.Admin, Exists: true),
    ];

    public static readonly Who[] People = [Who.Leader, Who.Supervisor, Who.Handler, Who.Admin, Who.Anonymous];

    /// <summary>The demo account (<c>DemoUsers</c>) that stands for each role.</summary>
    public static string DemoUserName(Who who) => who switch
    {
        Who.Leader => "leader",
        Who.Supervisor => "supervisor",
        Who.Handler => "handler",
        Who.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    /// <summary>A concrete path for a route template: every <c>{parameter}</c> becomes 1.</summary>
    public static string PathOf(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", "1");
}
