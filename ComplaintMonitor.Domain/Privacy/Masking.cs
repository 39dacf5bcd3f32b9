namespace ComplaintMonitor.Domain.Privacy;

/// <summary>How complainant and rater identity is shown to those without the permission to see it: 张*, 138****1234.</summary>
public static class Masking
{
    public static string Name(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "" : name.Trim()[0] + new string('*', Math.Max(1, name.Trim().Length - 1));

    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "";
        }
        var p = phone.Trim();
        return p.Length <= 7 ? new string('*', p.Length) : p[..3] + new string('*', p.Length - 7) + p[^4..];
    }

    public static string IdNumber(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "";
        }
        var v = id.Trim();
        return v.Length <= 4 ? new string('*', v.Length) : v[..1] + new string('*', v.Length - 5) + v[^4..];
    }

    public static string Address(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "";
        }
        var a = address.Trim();
        return a.Length <= 6 ? a[..Math.Min(2, a.Length)] + "****" : a[..6] + "****";
    }
}
