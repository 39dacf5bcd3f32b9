using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Evaluations;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

public sealed record RollupResult(int Complaints, int RowsWritten);

/// <summary>
/// Maintains <see cref="StatRow"/> rollups. The incremental run reads only the cases queued as changed (see
/// <see cref="StatQueueEntry"/>), subtracts what each was last counted as and adds what it is now; the full recompute
/// rebuilds everything from the cases (and the 好差评 rows from the ratings). Both go through the same <see cref="ComplaintFacts"/>, so they give identical rows.
/// </summary>
public sealed class StatisticsRollup(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts)
{
    private const int IncrementalBatch = 5000;
    private const int FullBatch = 20000;

    // One rollup at a time in this process: an incremental run must not interleave with a full rebuild.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<RollupResult> RunIncrementalAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var calendar = (await contexts.GetAsync(ct)).Calendar;
            int complaints = 0, rows = 0;
            while (true)
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                await using var cache = await LargerPageCache.SetAsync(db, 64, ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var queued = await db.StatQueue.AsNoTracking().OrderBy(q => q.Id).Take(IncrementalBatch).Select(q => new { q.Id, q.ComplaintId }).ToListAsync(ct);
                if (queued.Count == 0)
                {
                    break;
                }
                var ids = queued.Select(q => q.ComplaintId).Distinct().ToList();
                var current = await ComplaintFactsQuery.LoadAsync(db, ids, ct);
                var previous = await db.ComplaintStatFacts.AsNoTracking().Where(f => ids.Contains(f.ComplaintId)).ToDictionaryAsync(f => f.ComplaintId, ct);
                var deltas = new StatDeltas();
                // Prepared upserts rather than tracked entities: a thousand changed cases are a thousand cheap statements.
                await using (var facts = new StatFactWriter(db, upsert: true))
                {
                    foreach (var row in current)
                    {
                        var now = ComplaintFactsQuery.ToFacts(row, calendar);
                        if (previous.TryGetValue(row.Id, out var old))
                        {
                            var before = old.ToFacts();
                            if (before == now)
                            {
                                continue;
                            }
                            deltas.Add(before, -1);
                            deltas.Add(now);
                            await facts.UpdateAsync(before, now, ct);
                        }
                        else
                        {
                            deltas.Add(now);
                            await facts.InsertAsync(now, ct);
                        }
                    }
                }
                deltas.DropZeroes();
                rows += await StatRowWriter.ApplyAsync(db, deltas, ct);
                // Exactly the entries read: one queued by a transaction that commits meanwhile stays for the next run.
                var consumed = queued.Select(q => q.Id).ToList();
                await db.StatQueue.Where(q => consumed.Contains(q.Id)).ExecuteDeleteAsync(ct);
                await tx.CommitAsync(ct);
                complaints += current.Count;
            }
            return new RollupResult(complaints, rows);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rebuilds every rollup row (and corrects every stored fact) from the cases in one transaction, emptying the queue; reports progress as cases read.</summary>
    public async Task<RollupResult> RecomputeAllAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var calendar = (await contexts.GetAsync(ct)).Calendar;
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var cache = await LargerPageCache.SetAsync(db, 256, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.StatQueue.ExecuteDeleteAsync(ct);
            var total = await db.Complaints.CountAsync(ct);
            var maxId = await db.Complaints.MaxAsync(c => (long?)c.Id, ct) ?? 0;
            await db.ComplaintStatFacts.Where(f => f.ComplaintId > maxId).ExecuteDeleteAsync(ct);
            var deltas = new StatDeltas();
            var done = 0;
            // The next batch is read on a second connection while this one is counted (two cores). It sees what this
            // transaction sees: the IMMEDIATE transaction holds the write lock, so nothing commits meanwhile, and the facts
            // this transaction rewrites are those of batches already read.
            await using var reader = await dbFactory.CreateDbContextAsync(ct);
            var next = ReadAheadAsync(reader, 1, maxId, ct);
            // Every case's facts are derived afresh and counted; the stored facts are compared and only rewritten where
            // they differ, and the rollup rows likewise (StatRowSync): a rebuild of a consistent database only reads.
            await using (var facts = new StatFactWriter(db, upsert: true))
            {
                for (long from = 1; from <= maxId; from += FullBatch)
                {
                    var (batch, stored) = await next;
                    next = ReadAheadAsync(reader, from + FullBatch, maxId, ct);
                    foreach (var row in batch)
                    {
                        var f = ComplaintFactsQuery.ToFacts(row, calendar);
                        deltas.Add(f);
                        if (!stored.Remove(row.Id, out var old))
                        {
                            await facts.InsertAsync(f, ct);
                        }
                        else if (old != f)
                        {
                            await facts.UpdateAsync(old, f, ct);
                        }
                    }
                    if (stored.Count > 0)
                    {
                        var orphans = stored.Keys.ToList();
                        await db.ComplaintStatFacts.Where(f => orphans.Contains(f.ComplaintId)).ExecuteDeleteAsync(ct);
                    }
                    done += batch.Count;
                    progress?.Report((done, total));
                }
            }
            await next;
            var rows = await StatRowSync.ReplaceAllAsync(db, deltas, ct);
            rows += await EvaluationRollup.RecomputeAllAsync(db, ct);
            await tx.CommitAsync(ct);
            return new RollupResult(done, rows);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The cases of ids [from, from + batch) with their stored facts, read on the thread pool (SQLite's async calls run synchronously).</summary>
    private static Task<(List<ComplaintFactsQuery.Row> Cases, Dictionary<long, ComplaintFacts> Stored)> ReadAheadAsync(
        AppDbContext reader, long from, long maxId, CancellationToken ct)
    {
        if (from > maxId)
        {
            return Task.FromResult((new List<ComplaintFactsQuery.Row>(), new Dictionary<long, ComplaintFacts>()));
        }
        var to = from + FullBatch - 1;
        return Task.Run(async () =>
        {
            var cases = await CaseRangeReader.ReadAsync(reader, from, to, ct);
            var stored = await StoredFactsReader.ReadRangeAsync(reader, from, to, ct);
            return (cases, stored);
        }, ct);
    }
}
