using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>Accumulates what cases add to (or take from) rollup rows, without allocating per case.</summary>
public sealed class StatDeltas
{
    private readonly Dictionary<StatKey, long[]> _rows = [];

    public IEnumerable<KeyValuePair<StatKey, long[]>> Rows => _rows;

    public int Count => _rows.Count;

    private static readonly StatPeriod[] Grains = [StatPeriod.Day, StatPeriod.Month, StatPeriod.CentreDay, StatPeriod.CentreMonth];

    /// <summary>A case counts on its registration day and, once closed, on its closing day — at every grain.</summary>
    public void Add(ComplaintFacts facts, int sign = 1)
    {
        var registered = facts.RegisteredCounts();
        var closed = facts.ClosedOn is null ? null : facts.ClosedCounts();
        foreach (var grain in Grains)
        {
            Add(StatKey.Of(grain, facts.RegisteredOn, facts), registered, sign);
            if (closed is not null)
            {
                Add(StatKey.Of(grain, facts.ClosedOn!.Value, facts), closed, sign);
            }
        }
    }

    private void Add(StatKey key, StatCounts counts, int sign)
    {
        if (!_rows.TryGetValue(key, out var acc))
        {
            _rows[key] = acc = new long[StatCounts.Length];
        }
        counts.AddTo(acc, sign);
    }

    public bool TryGetValue(StatKey key, out long[] counts) => _rows.TryGetValue(key, out counts!);

    public bool Remove(StatKey key) => _rows.Remove(key);

    /// <summary>Rows whose delta cancelled out (a case re-counted unchanged) need no write at all.</summary>
    public void DropZeroes()
    {
        foreach (var key in _rows.Where(r => r.Value.All(v => v == 0)).Select(r => r.Key).ToList())
        {
            _rows.Remove(key);
        }
    }
}
