using System.Text.Json;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Workflow;

/// <summary>
/// The calendar and deadline policy in force, read once from the database and cached until an import or a policy edit
/// calls <see cref="Invalidate"/>. Every handler and job asks here, so all of them count working days the same way.
/// </summary>
public sealed class WorkflowContextProvider(IDbContextFactory<AppDbContext> dbFactory, IConfiguration configuration)
{
    public const string PolicyKey = "DeadlinePolicy";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkflowContext? _current;

    public async Task<WorkflowContext> GetAsync(CancellationToken ct = default)
    {
        if (_current is { } cached)
        {
            return cached;
        }
        await _gate.WaitAsync(ct);
        try
        {
            return _current ??= await LoadAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _current = null;

    private async Task<WorkflowContext> LoadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var days = await db.Holidays.AsNoTracking().ToListAsync(ct);
        var calendar = new WorkingDayCalendar(days.Select(d => d.ToEntry()));
        var stored = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == PolicyKey, ct);
        var policy = stored is null
            ? configuration.GetSection(PolicyKey).Get<DeadlinePolicy>() ?? DeadlinePolicy.Default
            : JsonSerializer.Deserialize<DeadlinePolicy>(stored.Json) ?? DeadlinePolicy.Default;
        return new WorkflowContext(calendar, policy);
    }
}
