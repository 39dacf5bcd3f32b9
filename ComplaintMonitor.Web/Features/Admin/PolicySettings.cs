using System.Text.Json;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Admin;

/// <summary>The deadline policy in force and who last changed it (times in UTC; pages show them in China time).</summary>
public sealed record PolicyState(DeadlinePolicy Policy, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>
/// Reads and saves the <see cref="DeadlinePolicy"/> (JSON in the Settings table under <see cref="WorkflowContextProvider.PolicyKey"/>).
/// A saved policy applies to deadlines started from then on; existing cases keep the limits they started with.
/// </summary>
public sealed class PolicySettings(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, TimeProvider time, ILogger<PolicySettings> logger)
{
    public async Task<PolicyState> LoadAsync(CancellationToken ct = default)
    {
        var policy = (await contexts.GetAsync(ct)).Policy;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == WorkflowContextProvider.PolicyKey, ct);
        return new PolicyState(policy, row?.UpdatedAt, row?.UpdatedBy);
    }

    /// <summary>Validates and saves; returns the problems (Chinese, from <see cref="DeadlinePolicy.Validate"/>) and saves nothing if there are any.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(DeadlinePolicy policy, string updatedBy, CancellationToken ct = default)
    {
        var errors = policy.Validate();
        if (errors.Count > 0)
        {
            return errors;
        }
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var row = await db.Settings.FirstOrDefaultAsync(s => s.Key == WorkflowContextProvider.PolicyKey, ct);
            if (row is null)
            {
                row = new AppSetting { Key = WorkflowContextProvider.PolicyKey };
                db.Settings.Add(row);
            }
            row.Json = JsonSerializer.Serialize(policy);
            row.UpdatedAt = time.GetUtcNow();
            row.UpdatedBy = updatedBy;
            await db.SaveChangesAsync(ct);
        }
        contexts.Invalidate();
        logger.LogInformation("Deadline policy changed by {User}: {Policy}", updatedBy, policy);
        return [];
    }
}
