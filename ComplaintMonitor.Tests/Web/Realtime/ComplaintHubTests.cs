using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Account;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Realtime;

public sealed class ComplaintHubTests : IAsyncLifetime
{
    private readonly ComplaintMonitorApp _app = new();

    public async Task InitializeAsync() => await _app.SeedDemoAccountsAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HubConnection> ConnectAsync(string? userName, HttpTransportType transport = HttpTransportType.LongPolling)
    {
        var cookies = new CookieContainer();
        if (userName is not null)
        {
            (await SignedInClient.CreateAsync(_app, userName, cookies: cookies)).Dispose();
        }
        var cookieHeader = cookies.GetCookieHeader(new Uri("http://localhost/"));
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_app.Server.BaseAddress, ComplaintHub.Path.TrimStart('/')), o =>
            {
                o.Transports = transport;
                o.HttpMessageHandlerFactory = _ => _app.Server.CreateHandler();
                if (cookieHeader.Length > 0)
                {
                    o.Headers["Cookie"] = cookieHeader;
                }
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private async Task<(long Id, int Version)> RegisterAndAssignAsync(string unitCode, string content)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var window = await db.Windows.FirstAsync(w => w.UnitId == unit.Id);
        var supervisor = new Actor("sup", "督查", UserRole.Supervisor);
        var registered = await scope.ServiceProvider.GetRequiredService<RegisterComplaintHandler>().HandleAsync(new NewComplaint
        {
            Channel = Channel.OnSite, Form = ComplaintForm.Oral, ReceivedAt = _app.Time.GetUtcNow(),
            Complainant = new Complainant("周八", "13800002222", null, null, false), RespondentType = RespondentType.Window,
            RespondentUnitId = unit.Id, RespondentWindowId = window.Id, Category = ComplaintCategory.Efficiency, Content = content,
        }, supervisor);
        var apply = scope.ServiceProvider.GetRequiredService<ApplyComplaintActionHandler>();
        var accepted = await apply.HandleAsync(registered.Id, registered.Version, new AcceptCommand(), supervisor);
        var assigned = await apply.HandleAsync(registered.Id, accepted.Version, new AssignCommand(unit.Id, []), supervisor);
        return (registered.Id, assigned.Version);
    }

    [Fact]
    public async Task AHandler_ReceivesTheirOwnAssignment_AndNotAnotherUnitsCase()
    {
        await using var handler = await ConnectAsync("handler");
        await using var supervisor = await ConnectAsync("supervisor");
        var handlerSaw = new List<ComplaintChangedMessage>();
        var notes = new List<NotificationMessage>();
        var supervisorSaw = new List<ComplaintChangedMessage>();
        var mineAssigned = new TaskCompletionSource();
        handler.On<ComplaintChangedMessage>(nameof(IComplaintClient.ComplaintChanged), m =>
        {
            lock (handlerSaw)
            {
                handlerSaw.Add(m);
            }
        });
        handler.On<NotificationMessage>(nameof(IComplaintClient.NotificationReceived), m =>
        {
            lock (notes)
            {
                notes.Add(m);
                mineAssigned.TrySetResult();
            }
        });
        supervisor.On<ComplaintChangedMessage>(nameof(IComplaintClient.ComplaintChanged), m =>
        {
            lock (supervisorSaw)
            {
                supervisorSaw.Add(m);
            }
        });

        var other = await RegisterAndAssignAsync("SW", "税务局窗口的投诉");
        var mine = await RegisterAndAssignAsync("SCJG", "市场监管窗口的投诉");
        await mineAssigned.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(500);

        lock (handlerSaw)
        {
            Assert.Contains(handlerSaw, m => m.ComplaintId == mine.Id && m.Action == "Assign" && m.ToStatus == "Assigned");
            Assert.DoesNotContain(handlerSaw, m => m.ComplaintId == other.Id);
        }
        var note = Assert.Single(notes);
        Assert.Equal(mine.Id, note.ComplaintId);
        Assert.Equal(NotificationKinds.Assigned, note.Kind);
        lock (supervisorSaw)
        {
            Assert.Contains(supervisorSaw, m => m.ComplaintId == other.Id);
            Assert.Contains(supervisorSaw, m => m.ComplaintId == mine.Id);
        }
    }

    [Fact]
    public async Task AClientWithoutABrowser_SignsInForAToken_AndReceivesItsUsersCases()
    {
        using var http = _app.CreateClient();
        var response = await http.PostAsJsonAsync(HubTokens.Path, new { userName = "handler", password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_app.Server.BaseAddress, ComplaintHub.Path.TrimStart('/')), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => _app.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var saw = new TaskCompletionSource<ComplaintChangedMessage>();
        connection.On<ComplaintChangedMessage>(nameof(IComplaintClient.ComplaintChanged), m =>
        {
            if (m.Action == "Assign")
            {
                saw.TrySetResult(m);
            }
        });
        await connection.StartAsync();

        var mine = await RegisterAndAssignAsync("SCJG", "市场监管窗口的投诉");

        Assert.Equal(mine.Id, (await saw.Task.WaitAsync(TimeSpan.FromSeconds(10))).ComplaintId);
    }

    [Theory]
    [InlineData("handler", "wrong-password-1", HttpStatusCode.Unauthorized)]
    [InlineData("nobody", "Demo@2026", HttpStatusCode.Unauthorized)]
    [InlineData("", "", HttpStatusCode.BadRequest)]
    public async Task ATokenRequest_WithBadCredentials_GetsAProblem_AndNoToken(string userName, string password, HttpStatusCode status)
    {
        using var http = _app.CreateClient();

        var response = await http.PostAsJsonAsync(HubTokens.Path, new { userName, password });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("accessToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedToken_IsRefused()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_app.Server.BaseAddress, ComplaintHub.Path.TrimStart('/')), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => _app.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>("CfDJ8forged-token");
            })
            .Build();
        await using (connection)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());
        }
    }

    [Fact]
    public async Task AnUnauthenticatedConnection_IsRefused()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(null));

        Assert.True(ex is HttpRequestException or InvalidOperationException, ex.ToString());
    }

    [Fact]
    public async Task ABrowserFromAnotherSite_IsRefused()
    {
        var client = await SignedInClient.CreateAsync(_app, "supervisor");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{ComplaintHub.Path}/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var sameSite = new HttpRequestMessage(HttpMethod.Post, $"{ComplaintHub.Path}/negotiate?negotiateVersion=1");
        sameSite.Headers.Add("Origin", "http://localhost");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(sameSite)).StatusCode);
    }

    [Fact]
    public void TheMessageContracts_CarryNoPersonalData()
    {
        string[] personal = ["Name", "Phone", "IdNumber", "Address", "Complainant"];
        foreach (var type in new[] { typeof(ComplaintChangedMessage), typeof(DeadlineAlertedMessage), typeof(NotificationMessage) })
        {
            Assert.DoesNotContain(type.GetProperties(), p => personal.Any(w => p.Name.Contains(w, StringComparison.Ordinal)));
        }
        _ = AccountExtensions.CookieName;
    }
}
