namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>Where each visited page of a keyset list starts (the cursor to continue after; null for the first page).</summary>
public sealed class KeysetPaging<TCursor>
{
    private readonly List<TCursor?> _starts = [default];
    private TCursor? _next;

    public int Page { get; private set; }

    public int Shown { get; private set; }

    public bool HasNext => _next is not null;

    public TCursor? After => _starts[Page];

    public void Reset()
    {
        _starts.RemoveRange(1, _starts.Count - 1);
        Page = 0;
        _next = default;
        Shown = 0;
    }

    public void Loaded(int shown, TCursor? next)
    {
        Shown = shown;
        _next = next;
    }

    /// <summary>Moves one page back (-1) or on (+1); false when there is no such page.</summary>
    public bool Move(int step)
    {
        if (step < 0)
        {
            if (Page == 0)
            {
                return false;
            }
            Page--;
            return true;
        }
        if (_next is not { } next)
        {
            return false;
        }
        _starts.RemoveRange(Page + 1, _starts.Count - Page - 1);
        _starts.Add(next);
        Page++;
        return true;
    }
}
