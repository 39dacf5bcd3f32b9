using System.Runtime.CompilerServices;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Accumulates what cases add to (or take from) rollup rows, without allocating per case or per row: each row's counts
/// are a slice of a chunk of one pool (a full recompute holds over a million rows; an array each made the collector
/// walk a million objects).
/// </summary>
public sealed class StatDeltas(int capacity = 0)
{
    private const int ChunkRows = 4096;
    private const int Width = StatCounts.Length;

    private readonly Dictionary<StatKey, int> _slots = new(capacity);
    private readonly List<long[]> _chunks = [];
    private readonly List<StatKey> _keys = new(capacity);
    private int _used;

    /// <summary>Each row's key and counts (a view into the pool: valid while this accumulator lives).</summary>
    public IEnumerable<KeyValuePair<StatKey, ArraySegment<long>>> Rows => _slots.Select(s => KeyValuePair.Create(s.Key, Slice(s.Value)));

    public int Count => _slots.Count;

    private static readonly StatPeriod[] Grains = [StatPeriod.Day, StatPeriod.Month, StatPeriod.CentreDay, StatPeriod.CentreMonth];

    /// <summary>A case counts on its registration day and, once closed, on its closing day — at every grain.</summary>
    public void Add(ComplaintFacts facts, int sign = 1)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var registered = facts.RegisteredCounts();
        var closed = facts.ClosedOn is null ? null : facts.ClosedCounts();
        foreach (var grain in Grains)
        {
            registered.AddTo(Row(StatKey.Of(grain, facts.RegisteredOn, facts)), sign);
            if (closed is not null)
            {
                closed.AddTo(Row(StatKey.Of(grain, facts.ClosedOn!.Value, facts)), sign);
            }
        }
    }

    /// <summary>
    /// The full recompute's half of <see cref="Add(ComplaintFacts, int)"/>: the case at the day grain only, two rows of a
    /// million instead of eight. <see cref="AddDaysToCoarserGrains"/> then adds each day row to its month and centre
    /// rows once — the same sums, since a case counts on the same day at every grain.
    /// </summary>
    public void AddDays(ComplaintFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        facts.RegisteredCounts().AddTo(Row(StatKey.Of(StatPeriod.Day, facts.RegisteredOn, facts)));
        if (facts.ClosedOn is { } closedOn)
        {
            facts.ClosedCounts().AddTo(Row(StatKey.Of(StatPeriod.Day, closedOn, facts)));
        }
    }

    /// <summary>Every case's <see cref="AddDays(ComplaintFacts)"/>.</summary>
    // Optimized at its first call: a recompute runs its loops once, mostly in unoptimized and instrumenting tiers otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddDays(List<ComplaintFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var f in facts)
        {
            AddDays(f);
        }
    }

    /// <summary>
    /// Adds every day row (as <see cref="AddDays(ComplaintFacts)"/> left them) to the rows of the coarser grains it belongs
    /// to: to its month and centre-day rows, then each centre-day row to its centre-month row — the same sums as adding every day
    /// row to all three, with one lookup per day row fewer.
    /// </summary>
    public void AddDaysToCoarserGrains()
    {
        RollUp(StatPeriod.Day, [StatPeriod.Month, StatPeriod.CentreDay]);
        RollUp(StatPeriod.CentreDay, [StatPeriod.CentreMonth]);
    }

    /// <summary>
    /// First finds (or makes) the coarser rows of every <paramref name="from"/> row, in a dictionary of the coarser rows
    /// alone, and groups the rows by month; then adds the counts month by month, two months at a time. A coarser row
    /// belongs to one month (its own, or that of its day), so no two months add to the same row, and a month's coarser rows
    /// stay in the processor's cache while its rows are added: in case order they are scattered over the whole year, and
    /// the additions waited on memory.
    /// </summary>
    // Optimized at its first call: a recompute runs its loops once, mostly in unoptimized and instrumenting tiers otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RollUp(StatPeriod from, StatPeriod[] to)
    {
        var rows = _used;
        var coarser = new Dictionary<StatKey, int>();
        foreach (var (key, slot) in _slots)
        {
            if (to.Contains(key.Period))
            {
                coarser.Add(key, slot);
            }
        }
        var targets = new int[rows * to.Length];
        var months = new Dictionary<int, List<int>>();
        for (var slot = 0; slot < rows; slot++)
        {
            var key = _keys[slot];
            // (A row DropZeroes forgot is all zeroes and adds nothing; the full recompute drops none before this.)
            if (key.Period != from)
            {
                continue;
            }
            for (var g = 0; g < to.Length; g++)
            {
                var coarse = key.At(to[g]);
                if (!coarser.TryGetValue(coarse, out var target))
                {
                    coarser.Add(coarse, target = NewSlot(coarse));
                }
                targets[(slot * to.Length) + g] = target;
            }
            var month = (key.Day.Year * 12) + key.Day.Month;
            if (!months.TryGetValue(month, out var slots))
            {
                months.Add(month, slots = []);
            }
            slots.Add(slot);
        }
        Parallel.ForEach(months.Values, new ParallelOptions { MaxDegreeOfParallelism = 2 }, slots =>
        {
            foreach (var slot in slots)
            {
                var counts = Slot(slot);
                for (var g = 0; g < to.Length; g++)
                {
                    var sums = Slot(targets[(slot * to.Length) + g]);
                    for (var i = 0; i < Width; i++)
                    {
                        sums[i] += counts[i];
                    }
                }
            }
        });
    }

    private Span<long> Row(StatKey key) => Slot(_slots.TryGetValue(key, out var slot) ? slot : NewSlot(key));

    private int NewSlot(StatKey key)
    {
        if (_used == _chunks.Count * ChunkRows)
        {
            _chunks.Add(new long[ChunkRows * Width]);
        }
        _slots.Add(key, _used);
        _keys.Add(key);
        return _used++;
    }

    private Span<long> Slot(int slot) => _chunks[slot / ChunkRows].AsSpan(slot % ChunkRows * Width, Width);

    private ArraySegment<long> Slice(int slot) => new(_chunks[slot / ChunkRows], slot % ChunkRows * Width, Width);

    /// <summary>The row's counts and its place in the pool (below <see cref="Slots"/>), which <see cref="RowsExcept"/> takes.</summary>
    public bool TryGetValue(StatKey key, out int slot, out ArraySegment<long> counts)
    {
        if (_slots.TryGetValue(key, out slot))
        {
            counts = Slice(slot);
            return true;
        }
        counts = default;
        return false;
    }

    /// <summary>How many places the pool has given out (rows forgotten by <see cref="DropZeroes"/> keep theirs).</summary>
    public int Slots => _used;

    /// <summary>The rows whose place is not marked in <paramref name="skip"/> (<see cref="Slots"/> long): a million rows are skipped without a lookup each.</summary>
    public IEnumerable<KeyValuePair<StatKey, ArraySegment<long>>> RowsExcept(bool[] skip)
    {
        ArgumentNullException.ThrowIfNull(skip);
        return _slots.Where(s => !skip[s.Value]).Select(s => KeyValuePair.Create(s.Key, Slice(s.Value)));
    }

    /// <summary>Rows whose delta cancelled out (a case re-counted unchanged) need no write at all.</summary>
    public void DropZeroes()
    {
        foreach (var key in _slots.Where(s => !Slice(s.Value).AsSpan().ContainsAnyExcept(0L)).Select(s => s.Key).ToList())
        {
            _slots.Remove(key);
        }
    }
}
