using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>Accumulates what cases add to (or take from) rollup rows, without allocating per case.</summary>
public sealed class StatDeltas
{
    private readonly Dictionary<StatKey, long[]> _rows = [];

    public IEnumerable<KeyValuePair<StatKey, long[]>> Rows => _rows;

    public int Count => _rows.Count;

    /// <summary>A case counts on its registration day and, once closed, on its closing day — each at day and month grain.</summary>
    public void Add(ComplaintFacts facts, int sign = 1)
    {
        var registered = facts.RegisteredCounts();
        Add(StatKey.Of(StatPeriod.Day, facts.RegisteredOn, facts), registered, sign);
        Add(StatKey.Of(StatPeriod.Month, facts.RegisteredOn, facts), registered, sign);
        if (facts.ClosedOn is { } closedOn)
        {
            var closed = facts.ClosedCounts();
            Add(StatKey.Of(StatPeriod.Day, closedOn, facts), closed, sign);
            Add(StatKey.Of(StatPeriod.Month, closedOn, facts), closed, sign);
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

    /// <summary>Rows whose delta cancelled out (a case re-counted unchanged) need no write at all.</summary>
    public void DropZeroes()
    {
        foreach (var key in _rows.Where(r => r.Value.All(v => v == 0)).Select(r => r.Key).ToList())
        {
            _rows.Remove(key);
        }
    }
}
