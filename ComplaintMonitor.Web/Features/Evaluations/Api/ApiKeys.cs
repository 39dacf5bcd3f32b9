using System.Security.Cryptography;
using System.Text;
using ComplaintMonitor.Domain;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Evaluations.Api;

/// <summary>A key as created: the row, and the key itself, which is shown this once and never stored.</summary>
public sealed record CreatedApiKey(ApiKey Row, string Key);

/// <summary>
/// Per-device keys of the rating API: <c>cmk_&lt;8-character prefix&gt;_&lt;40 random characters&gt;</c>. Only the
/// SHA-256 of the whole key is stored; the prefix finds the row, the hash is compared in constant time.
/// </summary>
public sealed class ApiKeys(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<CreatedApiKey> CreateAsync(RatingChannel channel, string name, string createdBy, CancellationToken ct = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > 64)
        {
            throw new DomainException("请填写密钥名称（不超过 64 个字符），如“A01 窗口评价器”");
        }
        if (!Enum.IsDefined(channel))
        {
            throw new DomainException("评价渠道无效");
        }
        var prefix = RandomNumberGenerator.GetString(Alphabet, 8);
        var key = $"cmk_{prefix}_{RandomNumberGenerator.GetString(Alphabet, 40)}";
        var row = new ApiKey
        {
            Name = trimmed, Channel = channel, Prefix = prefix, Hash = HashOf(key), CreatedAt = time.GetUtcNow(), CreatedBy = createdBy,
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(row, key);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct);
    }

    /// <summary>Revokes a key (at once: every request looks the key up). Revoking twice keeps the first time.</summary>
    public async Task<ApiKey> RevokeAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw new DomainException($"密钥 {id} 不存在");
        row.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The prefix of a well-formed key, or null.</summary>
    public static string? PrefixOf(string? key) =>
        key is { Length: > 14 } && key.StartsWith("cmk_", StringComparison.Ordinal) && key[12] == '_' ? key[4..12] : null;

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(key)), Encoding.ASCII.GetBytes(storedHash));
}
