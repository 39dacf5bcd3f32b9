using MiniExcelLibs;

namespace ComplaintMonitor.Web.Features.Exports;

/// <summary>
/// Excel through MiniExcel, which writes the sheet row by row from an enumerable: the rows are pulled one at a time as
/// they are written, so memory stays flat however many rows there are. Text cells are written as text, never as formulas.
/// </summary>
public static class XlsxExport
{
    public static void Write(Stream stream, IReadOnlyList<string> headers, IEnumerable<object?[]> rows, string sheetName = "Sheet1")
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        stream.SaveAs(AsRecords(Unique(headers), rows), printHeader: true, sheetName: sheetName, excelType: ExcelType.XLSX);
    }

    private static IEnumerable<IDictionary<string, object?>> AsRecords(IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            var record = new Dictionary<string, object?>(headers.Count);
            for (var i = 0; i < headers.Count; i++)
            {
                record[headers[i]] = i < row.Length ? row[i] : null;
            }
            yield return record;
        }
    }

    // MiniExcel takes the header row from the dictionary keys, which must differ.
    private static List<string> Unique(IReadOnlyList<string> headers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. headers.Select(h =>
        {
            var name = h;
            for (var n = 2; !seen.Add(name); n++)
            {
                name = $"{h} ({n})";
            }
            return name;
        })];
    }
}
