using System.Globalization;
using System.Text;

namespace ComplaintMonitor.Web.Data.Search;

/// <summary>
/// Turns complaint text into the terms of the full-text index, and a search text into a phrase over them. Chinese has no
/// spaces between words and most searches are two characters (态度, 排队, 推诿), so the index holds every pair of adjacent
/// characters (bigrams); a phrase of consecutive bigrams matches exactly the texts that contain the searched characters in
/// order. Each bigram is written as eight hex digits, so no tokenizer splits or folds it. Case, spaces and punctuation
/// are ignored on both sides.
/// </summary>
public static class ContentSearchTerms
{
    /// <summary>The SQL function the index triggers call (registered on every connection the app opens).</summary>
    public const string SqlFunction = "cm_search_terms";

    public static string Of(string? text)
    {
        var chars = Normalise(text);
        if (chars.Length < 2)
        {
            return chars.Length == 1 ? Hex(chars[0], '\0') : "";
        }
        var terms = new StringBuilder(chars.Length * 9);
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            terms.Append(Hex(chars[i], chars[i + 1])).Append(' ');
        }
        return terms.ToString(0, terms.Length - 1);
    }

    /// <summary>The FTS5 query for a search text, or null when it has fewer than two searchable characters.</summary>
    public static string? Phrase(string? search)
    {
        var chars = Normalise(search);
        return chars.Length < 2 ? null : $"\"{Of(search)}\"";
    }

    private static string Normalise(string? text) =>
        text is null ? "" : string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string Hex(char a, char b) => ((int)a).ToString("x4", CultureInfo.InvariantCulture) + ((int)b).ToString("x4", CultureInfo.InvariantCulture);
}
