using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ComplaintMonitor.Domain.Calendar;
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
/// rebuilds everything from the cases (and the 好差评 rows from the ratings). Both read the cases through <see cref="CaseRangeReader"/> into the domain's <see cref="ComplaintFacts"/>, so they give identical rows.
/// </summary>
public sealed class StatisticsRollup(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, WalCheckpoints checkpoints)
{
    private const int IncrementalBatch = 5000;
    private const int FullBatch = 20000;
    private const int ReadWorkers = 2;

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
                await using var rederivable = await RederivableCommits.SetAsync(db, checkpoints, ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var queued = await db.StatQueue.AsNoTracking().OrderBy(q => q.Id).Take(IncrementalBatch).Select(q => q.Id).ToListAsync(ct);
                if (queued.Count == 0)
                {
                    break;
                }
                // The entries read, as the range of their ids: this transaction holds the write lock, so none joins the range
                // before the delete below, and one queued by a transaction that commits afterwards stays for the next run.
                var cases = CaseSelection.QueueEntries(queued[0], queued[^1]);
                // Stored facts without a case (none in practice: cases are not deleted) are left to the full recompute.
                var comparison = Compare(db, cases, calendar);
                var deltas = new StatDeltas();
                foreach (var (before, now) in comparison.Changed)
                {
                    if (before is not null)
                    {
                        deltas.Add(before, -1);
                    }
                    deltas.Add(now);
                }
                // Prepared upserts rather than tracked entities: a thousand changed cases are a thousand cheap statements.
                using (var facts = new StatFactWriter(db, upsert: true))
                {
                    Store(facts, comparison.Changed);
                }
                deltas.DropZeroes();
                rows += StatRowWriter.Apply(db, deltas, ct);
                await db.StatQueue.Where(q => q.Id >= cases.From && q.Id <= cases.To).ExecuteDeleteAsync(ct);
                await tx.CommitAsync(ct);
                complaints += comparison.Facts.Count;
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
            await using var rederivable = await RederivableCommits.SetAsync(db, checkpoints, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.StatQueue.ExecuteDeleteAsync(ct);
            var total = await db.Complaints.CountAsync(ct);
            var maxId = await db.Complaints.MaxAsync(c => (long?)c.Id, ct) ?? 0;
            await db.ComplaintStatFacts.Where(f => f.ComplaintId > maxId).ExecuteDeleteAsync(ct);

            // The cases are read, their facts derived and compared with the stored ones by two workers on connections of
            // their own (two cores), and the ratings counted on a third; this connection counts the facts and rewrites
            // only those that differ. The readers see what this transaction sees: the IMMEDIATE transaction holds the
            // write lock, so nothing commits meanwhile, and the facts it rewrites are those of batches already read.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var ratings = Task.Run(async () =>
            {
                await using var reader = await dbFactory.CreateDbContextAsync(stop.Token);
                return EvaluationRollup.CountAll(reader, stop.Token);
            }, stop.Token);
            var batches = Channel.CreateBounded<Comparison>(4);
            var nextFrom = 1L;
            var workers = Enumerable.Range(0, ReadWorkers).Select(_ => Task.Run(async () =>
            {
                await using var reader = await dbFactory.CreateDbContextAsync(stop.Token);
                while (true)
                {
                    var from = Interlocked.Add(ref nextFrom, FullBatch) - FullBatch;
                    if (from > maxId)
                    {
                        return;
                    }
                    await batches.Writer.WriteAsync(Compare(reader, CaseSelection.Ids(from, from + FullBatch - 1), calendar), stop.Token);
                }
            }, stop.Token)).ToArray();
            _ = Task.WhenAll(workers).ContinueWith(t => batches.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);

            // Every case's facts are counted afresh; the rollup rows are then compared likewise (StatRowSync): a rebuild
            // of a consistent database only reads.
            var deltas = new StatDeltas(total + (total / 4));
            var done = 0;
            try
            {
                using var facts = new StatFactWriter(db, upsert: true);
                await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
                {
                    deltas.AddDays(batch.Facts);
                    Store(facts, batch.Changed);
                    if (batch.Orphans.Count > 0)
                    {
                        var orphans = batch.Orphans;
                        await db.ComplaintStatFacts.Where(f => orphans.Contains(f.ComplaintId)).ExecuteDeleteAsync(ct);
                    }
                    done += batch.Facts.Count;
                    progress?.Report((done, total));
                }
                await Task.WhenAll(workers);
                deltas.AddDaysToCoarserGrains();
            }
            catch
            {
                // A failure here must not leave the workers waiting on a full channel, or the ratings reader running, holding
                // their connections. (Only on failure: on success the ratings count may still be running, and is awaited below.)
                await stop.CancelAsync();
                await Task.WhenAll(workers.Append(ratings)).ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }
            var rows = await StatRowSync.ReplaceAllAsync(db, deltas, ct, dbFactory);
            rows += await EvaluationRollup.ReplaceAllAsync(db, await ratings, ct);
            await tx.CommitAsync(ct);
            return new RollupResult(done, rows);
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Comparison(List<ComplaintFacts> Facts, List<(ComplaintFacts? Old, ComplaintFacts Now)> Changed, List<long> Orphans);

    /// <summary>The facts of the selected cases as derived now, which of them differ from the stored ones (Old: what was stored, null when nothing was), and stored facts without a case.</summary>
    // Optimized at its first call: a recompute runs its loops once, mostly in unoptimized and instrumenting tiers otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Comparison Compare(AppDbContext db, CaseSelection cases, WorkingDayCalendar calendar)
    {
        var facts = CaseRangeReader.ReadFacts(db, cases, calendar);
        var stored = StoredFactsReader.Read(db, cases);
        var changed = new List<(ComplaintFacts? Old, ComplaintFacts Now)>();
        foreach (var f in facts)
        {
            if (!stored.Remove(f.ComplaintId, out var old))
            {
                changed.Add((null, f));
            }
            else if (old != f)
            {
                changed.Add((old, f));
            }
        }
        return new Comparison(facts, changed, [.. stored.Keys]);
    }

    /// <summary>Stores what the changed cases count as now: a first time inserted, the others updated.</summary>
    private static void Store(StatFactWriter facts, List<(ComplaintFacts? Old, ComplaintFacts Now)> changed)
    {
        foreach (var (old, now) in changed)
        {
            if (old is null)
            {
                facts.Insert(now);
            }
            else
            {
                facts.Update(old, now);
            }
        }
    }
}
