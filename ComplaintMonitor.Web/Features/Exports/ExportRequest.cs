namespace ComplaintMonitor.Web.Features.Exports;

/// <summary>
/// What to export: localised column headers and a factory for the rows of the current filter. <paramref name="Rows"/>
/// must yield lazily (page by page from a keyset query), so an export never holds all rows in memory;
/// <paramref name="Total"/> (optional) tells the progress bar how many rows to expect.
/// </summary>
public sealed record ExportRequest(
    string FileBaseName,
    IReadOnlyList<string> Headers,
    Func<CancellationToken, IAsyncEnumerable<object?[]>> Rows,
    Func<CancellationToken, Task<long?>>? Total = null);
