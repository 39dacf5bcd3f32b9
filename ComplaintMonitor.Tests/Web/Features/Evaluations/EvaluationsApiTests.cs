using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Cli;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Evaluations.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Features.Evaluations;

/// <summary>The rating API over HTTP against the whole app (demo organisation: window A01 of 市场监督管理局 with SCJG001–003).</summary>
public sealed class EvaluationsApiTests(EvaluationsApiTests.App app) : IClassFixture<EvaluationsApiTests.App>
{
    public sealed class App : ComplaintMonitorApp, IAsyncLifetime
    {
        public string DeviceKey { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await this.SeedDemoAccountsAsync();
            await using var scope = Services.CreateAsyncScope();
            DeviceKey = (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync(RatingChannel.Device, "A01 评价器", "test")).Key;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private HttpClient Client(string? key)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        return client;
    }

    private static object Body(string number, int level = 5, string? channel = null, string window = "A01", string? staff = "SCJG001", DateTimeOffset? ratedAt = null) =>
        new { windowCode = window, staffNo = staff, serviceCaseNumber = number, level, comment = "办事很顺利", channel, ratedAt };

    private async Task<HttpResponseMessage> Post(object body, string? key = null) =>
        await Client(key ?? app.DeviceKey).PostAsJsonAsync(new Uri("/api/v1/evaluations", UriKind.Relative), body);

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<T> Db<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    [Fact]
    public async Task A_good_rating_is_created_with_its_location_and_no_case()
    {
        var response = await Post(Body("BJ-API-001", channel: "device"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("evaluationId").GetInt64();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("complaintCaseNumber").ValueKind);
        Assert.Equal($"/api/v1/evaluations/{id}", response.Headers.Location?.OriginalString);

        var stored = await Db(db => db.Evaluations.SingleAsync(e => e.Id == id));
        Assert.Equal(EvaluationLevel.VerySatisfied, stored.Level);
        Assert.Equal(RatingChannel.Device, stored.Channel);
        Assert.StartsWith("apikey:", stored.ReceivedFrom, StringComparison.Ordinal);
        var row = await Db(db => db.EvaluationStatRows.SingleAsync(r => r.Period == StatPeriod.Day && r.StaffId == stored.StaffId && r.Day == stored.RatedOn && r.Channel == RatingChannel.Device));
        Assert.True(row.Counts.VerySatisfied >= 1);

        var view = await Client(app.DeviceKey).GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal("A01", view.GetProperty("windowCode").GetString());
    }

    [Fact]
    public async Task A_bad_rating_opens_a_case_due_for_first_contact_in_one_and_rectification_in_five_working_days()
    {
        // Wednesday 30 September 2026, the day before the National Day holiday (1–7 October off, Saturday 10 October worked).
        var rated = new DateTimeOffset(2026, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));

        var response = await Post(Body("BJ-API-BAD", level: 1, ratedAt: rated));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var caseNumber = body.GetProperty("complaintCaseNumber").GetString();
        Assert.StartsWith("TS20261102", caseNumber, StringComparison.Ordinal);
        var complaint = await Db(db => db.Complaints.Include(c => c.Deadlines).SingleAsync(c => c.CaseNumber == caseNumber));
        Assert.Equal(body.GetProperty("evaluationId").GetInt64(), complaint.SourceEvaluationId);
        Assert.True(complaint.IsBadRatingCase);
        Assert.Equal("BJ-API-BAD", complaint.LinkedServiceCaseNumber);
        Assert.Equal(new DateOnly(2026, 10, 8), complaint.Deadlines.Single(d => d.Kind == DeadlineKind.AcceptBy).DueOn);
        Assert.Equal(new DateOnly(2026, 10, 13), complaint.Deadlines.Single(d => d.Kind == DeadlineKind.RectifyBy).DueOn);
        var evaluation = await Db(db => db.Evaluations.SingleAsync(e => e.ServiceCaseNumber == "BJ-API-BAD"));
        Assert.Equal(complaint.Id, evaluation.ComplaintId);
        Assert.Equal(complaint.RespondentStaffId, evaluation.StaffId);
    }

    [Fact]
    public async Task Invalid_input_is_a_400_problem_with_errors_by_field()
    {
        var problem = await Problem(await Post(Body(" ", level: 7)), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Contains("办件编号", errors.GetProperty("serviceCaseNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("评价等级", errors.GetProperty("level")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Malformed_json_and_a_channel_other_than_the_keys_are_400()
    {
        using var client = Client(app.DeviceKey);
        using var content = new StringContent("""{ "windowCode": "A01", "level": "good" }""", Encoding.UTF8, "application/json");
        var malformed = await Problem(await client.PostAsync(new Uri("/api/v1/evaluations", UriKind.Relative), content), HttpStatusCode.BadRequest);
        Assert.True(malformed.GetProperty("errors").TryGetProperty("level", out _));

        var channel = await Problem(await Post(Body("BJ-API-CH", channel: "Portal")), HttpStatusCode.BadRequest);
        Assert.Contains("Device", channel.GetProperty("errors").GetProperty("channel")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "缺少 X-Api-Key")]
    [InlineData("not-a-key", "格式不正确")]
    [InlineData("cmk_abcdefgh_0000000000000000000000000000000000000000", "无效")]
    public async Task Requests_without_a_valid_key_are_401_problems_not_the_login_page(string? key, string detail)
    {
        var problem = await Problem(await Post(Body("BJ-API-401"), key ?? ""), HttpStatusCode.Unauthorized);
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var client = Client(key);
        var windows = await client.GetAsync(new Uri("/api/v1/windows", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, windows.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_with_a_real_prefix_is_refused()
    {
        var forged = app.DeviceKey[..13] + new string('x', app.DeviceKey.Length - 13);
        var problem = await Problem(await Post(Body("BJ-API-FORGED"), forged), HttpStatusCode.Unauthorized);
        Assert.Contains("无效", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeys>();
        var created = await keys.CreateAsync(RatingChannel.QrCode, "二维码 临时", "test");
        Assert.Equal(HttpStatusCode.Created, (await Post(Body("BJ-API-REV1"), created.Key)).StatusCode);
        Assert.NotNull((await keys.ListAsync()).Single(k => k.Id == created.Row.Id).LastUsedAt);

        await keys.RevokeAsync(created.Row.Id);

        var problem = await Problem(await Post(Body("BJ-API-REV2"), created.Key), HttpStatusCode.Unauthorized);
        Assert.Contains("已吊销", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_rating_of_the_same_transaction_on_the_same_channel_is_409()
    {
        Assert.Equal(HttpStatusCode.Created, (await Post(Body("BJ-API-DUP"))).StatusCode);

        var problem = await Problem(await Post(Body("BJ-API-DUP", level: 1)), HttpStatusCode.Conflict);

        Assert.Contains("只能评价一次", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await Db(db => db.Evaluations.CountAsync(e => e.ServiceCaseNumber == "BJ-API-DUP")));
    }

    [Theory]
    [InlineData("Z99", "SCJG001", "窗口编号“Z99”不存在")]
    [InlineData("A01", "NOBODY", "工号“NOBODY”不存在")]
    [InlineData("A01", "SW001", "不属于窗口“A01”所在单位")]
    public async Task An_unknown_window_or_a_staff_member_of_another_unit_is_422(string window, string staff, string detail)
    {
        var problem = await Problem(await Post(Body("BJ-API-422", window: window, staff: staff)), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Windows_lists_codes_with_unit_and_seated_staff()
    {
        var windows = await Client(app.DeviceKey).GetFromJsonAsync<JsonElement>(new Uri("/api/v1/windows", UriKind.Relative));

        var a01 = windows.EnumerateArray().Single(w => w.GetProperty("code").GetString() == "A01");
        Assert.Equal("市场监督管理局", a01.GetProperty("unitName").GetString());
        Assert.Equal(["SCJG001", "SCJG002", "SCJG003"], a01.GetProperty("staff").EnumerateArray().Select(s => s.GetProperty("staffNo").GetString()));
        Assert.Equal(28, windows.GetArrayLength());
    }

    [Fact]
    public async Task The_cli_prints_a_key_once_that_then_works_against_the_api()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(app.Services, ["apikey", "create", "--channel", "Portal", "--name", "政务服务网"], TextReader.Null, output, error);

        Assert.Equal(0, code);
        var key = output.ToString().Trim();
        Assert.Matches("^cmk_[A-Za-z0-9]{8}_[A-Za-z0-9]{40}$", key);
        var stored = await Db(db => db.ApiKeys.SingleAsync(k => k.Name == "政务服务网"));
        Assert.Equal(ApiKeys.HashOf(key), stored.Hash);
        Assert.DoesNotContain(key, stored.Hash, StringComparison.Ordinal);
        var created = await Post(Body("BJ-API-CLI"), key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(RatingChannel.Portal, await Db(db => db.Evaluations.Where(e => e.ServiceCaseNumber == "BJ-API-CLI").Select(e => e.Channel).SingleAsync()));

        using var listed = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(app.Services, ["apikey", "list"], TextReader.Null, listed, error));
        Assert.Contains("政务服务网", listed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await CommandLine.RunAsync(app.Services, ["apikey", "revoke", stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TextReader.Null, listed, error));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Body("BJ-API-CLI2"), key)).StatusCode);
    }

    [Fact]
    public async Task The_cli_refuses_an_unknown_channel()
    {
        using var error = new StringWriter();
        Assert.Equal(1, await CommandLine.RunAsync(app.Services, ["apikey", "create", "--channel", "Fax", "--name", "x"], TextReader.Null, TextWriter.Null, error));
        Assert.Contains("未知渠道", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await CommandLine.RunAsync(app.Services, ["apikey", "create", "--name", "x"], TextReader.Null, TextWriter.Null, error));
    }
}
