namespace ComplaintMonitor.Web.Data;

/// <summary>
/// An entry in a user's notification centre: persisted first, pushed live afterwards, so nothing is lost while the
/// user is offline. <see cref="DedupKey"/> makes producers idempotent (one digest a day); a deadline alert's
/// notifications need none, being written in the transaction that stores the alert's unique row.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public long? ComplaintId { get; set; }
    public string? CaseNumber { get; set; }

    /// <summary>Where opening it leads, when not to its case (an appeal opens its rating); null for the case's page.</summary>
    public string? Link { get; set; }

    /// <summary>The page opening a notification leads to: its own link, else its case, else nowhere.</summary>
    public static string? Target(string? link, long? complaintId) => link ?? (complaintId is { } id ? $"/complaints/{id}" : null);
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? DedupKey { get; set; }
}
