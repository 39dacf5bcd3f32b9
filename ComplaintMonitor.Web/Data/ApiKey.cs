using ComplaintMonitor.Domain.Evaluations;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// A per-device key for the rating API (<c>X-Api-Key</c>). Only a SHA-256 hash of the secret is stored; the key is
/// shown once when created. <see cref="Prefix"/> (the key's first characters) finds the row without scanning hashes.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public RatingChannel Channel { get; set; }
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
