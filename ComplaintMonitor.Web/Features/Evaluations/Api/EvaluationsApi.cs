using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Evaluations.Api;

/// <summary>The body of <c>POST /api/v1/evaluations</c>.</summary>
public sealed record EvaluationBody(
    string? WindowCode, string? StaffNo, string? ServiceCaseNumber, int? Level, string? Comment, string? Channel,
    DateTimeOffset? RatedAt, string? RaterName, string? RaterPhone);

public sealed record EvaluationCreated(long EvaluationId, string? ComplaintCaseNumber);

public sealed record EvaluationView(long EvaluationId, string WindowCode, string? StaffNo, string ServiceCaseNumber, int Level, string Channel,
    DateTimeOffset RatedAt, string? ComplaintCaseNumber, string AppealStatus, bool Excluded);

public sealed record WindowStaffView(string StaffNo, string Name);

public sealed record WindowView(string Code, string Name, string UnitName, IReadOnlyList<WindowStaffView> Staff);

/// <summary>
/// Rating API v1 for rating devices, QR pages, the portal and terminals. Authenticated by a per-device API key only
/// (no cookie, so no antiforgery and no login redirect); errors are problem+json. The key fixes the channel.
/// </summary>
public static class EvaluationsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/api/v1")
            .RequireAuthorization(Policies.RatingApi)
            .DisableAntiforgery()
            .WithTags("好差评");
        v1.MapPost("/evaluations", PostEvaluationAsync);
        v1.MapGet("/evaluations/{id:long}", GetEvaluationAsync).WithName("GetEvaluation");
        v1.MapGet("/windows", GetWindowsAsync);
        return endpoints;
    }

    // The body is read here rather than bound, so malformed JSON is a 400 problem naming the field like any other error.
    private static async Task<Results<Created<EvaluationCreated>, ValidationProblem, ProblemHttpResult>> PostEvaluationAsync(
        HttpContext http, EvaluationIntake intake, CancellationToken ct)
    {
        EvaluationBody? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync<EvaluationBody>(Json, ct);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path[2..] : "body";
            return Invalid(field, "请求体不是有效的 JSON，或字段类型不正确");
        }
        catch (InvalidOperationException)
        {
            return Invalid("body", "请求体须为 JSON（Content-Type: application/json）");
        }
        if (body is null)
        {
            return Invalid("body", "缺少请求体");
        }

        var keyChannel = ApiKeyAuthenticationHandler.ChannelOf(http.User);
        var errors = new Dictionary<string, string[]>();
        if (body.Level is null)
        {
            errors["level"] = ["请填写评价等级（1–5）"];
        }
        if (body.Channel is { Length: > 0 } named
            && (!Enum.TryParse<RatingChannel>(named, ignoreCase: true, out var channel) || !Enum.IsDefined(channel) || channel != keyChannel))
        {
            errors["channel"] = [$"渠道由 API 密钥确定（本密钥为 {keyChannel}），请求体中的渠道须与之相同或省略"];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "评价数据有误");
        }

        var receivedFrom = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var submission = new RatingSubmission
        {
            WindowCode = body.WindowCode ?? "",
            StaffNo = body.StaffNo,
            ServiceCaseNumber = body.ServiceCaseNumber ?? "",
            Level = body.Level!.Value,
            Comment = body.Comment,
            Channel = keyChannel,
            RatedAt = body.RatedAt,
            RaterName = body.RaterName,
            RaterPhone = body.RaterPhone,
        };
        try
        {
            var received = await intake.ReceiveAsync(submission, receivedFrom, EvaluationIntake.DeviceActor(receivedFrom, http.User.Identity!.Name!), ct);
            return TypedResults.Created(
                $"/api/v1/evaluations/{received.EvaluationId.ToString(CultureInfo.InvariantCulture)}",
                new EvaluationCreated(received.EvaluationId, received.ComplaintCaseNumber));
        }
        catch (RatingRefusedException ex)
        {
            return ex.Refusal switch
            {
                RatingRefusal.Invalid => TypedResults.ValidationProblem(ex.Errors.ToDictionary(), title: "评价数据有误"),
                RatingRefusal.Duplicate => TypedResults.Problem(ex.Message, statusCode: 409, title: "重复评价"),
                // The request is well formed but names a window or staff member this centre does not have.
                _ => TypedResults.Problem(ex.Message, statusCode: 422, title: ex.Refusal == RatingRefusal.UnknownWindow ? "窗口不存在" : "工号无效"),
            };
        }
    }

    /// <summary>A rating this key sent (what the Location header of the 201 points to); other keys' ratings are 404.</summary>
    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult>> GetEvaluationAsync(
        long id, HttpContext http, IDbContextFactory<AppDbContext> dbFactory, CancellationToken ct)
    {
        var receivedFrom = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var view = await (
            from e in db.Evaluations.AsNoTracking()
            where e.Id == id && e.ReceivedFrom == receivedFrom
            join w in db.Windows on e.WindowId equals w.Id
            from s in db.Staff.Where(s => s.Id == e.StaffId).DefaultIfEmpty()
            from c in db.Complaints.Where(c => c.Id == e.ComplaintId).DefaultIfEmpty()
            select new { e.Id, w.Code, StaffNo = s == null ? null : s.StaffNo, e.ServiceCaseNumber, e.Level, e.Channel, e.RatedAt, CaseNumber = c == null ? null : c.CaseNumber, e.AppealStatus })
            .FirstOrDefaultAsync(ct);
        return view is null
            ? TypedResults.Problem($"评价 {id} 不存在（或不是由本密钥提交的）", statusCode: 404, title: "评价不存在")
            : TypedResults.Ok(new EvaluationView(view.Id, view.Code, view.StaffNo, view.ServiceCaseNumber, (int)view.Level, view.Channel.ToString(),
                view.RatedAt, view.CaseNumber, view.AppealStatus.ToString(), view.AppealStatus == AppealStatus.Approved));
    }

    /// <summary>Active windows with their unit and seated staff, so a device can offer the right 工号 list.</summary>
    private static async Task<Ok<IReadOnlyList<WindowView>>> GetWindowsAsync(IDbContextFactory<AppDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var windows = await (from w in db.Windows.AsNoTracking()
                             where w.Active
                             join u in db.Units on w.UnitId equals u.Id
                             orderby w.Code
                             select new { w.Id, w.Code, w.Name, UnitName = u.Name }).ToListAsync(ct);
        var staff = (await db.Staff.AsNoTracking().Where(s => s.Active && s.WindowId != null)
                .Select(s => new { s.WindowId, s.StaffNo, s.Name }).ToListAsync(ct))
            .OrderBy(s => s.StaffNo, StringComparer.Ordinal)
            .ToLookup(s => s.WindowId!.Value);
        IReadOnlyList<WindowView> result = [.. windows.Select(w => new WindowView(w.Code, w.Name, w.UnitName,
            [.. staff[w.Id].Select(s => new WindowStaffView(s.StaffNo, s.Name))]))];
        return TypedResults.Ok(result);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "评价数据有误");
}
