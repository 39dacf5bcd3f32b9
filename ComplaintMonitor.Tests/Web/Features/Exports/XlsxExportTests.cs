using ComplaintMonitor.Web.Features.Exports;
using MiniExcelLibs;

namespace ComplaintMonitor.Tests.Web.Features.Exports;

public sealed class XlsxExportTests
{
    [Fact]
    public void WritesAWorkbookThatReadsBack_WithTheHeadersAndRows()
    {
        using var stream = new MemoryStream();

        XlsxExport.Write(stream, ["受理编号", "渠道", "件数"], [["TS1", "电话", 3], ["TS2", "=1+1", 5]]);

        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("TS1", rows[0]["受理编号"]);
        Assert.Equal("电话", rows[0]["渠道"]);
        Assert.Equal(3d, Convert.ToDouble(rows[0]["件数"], System.Globalization.CultureInfo.InvariantCulture));
        // Text stays text in a workbook (never a formula).
        Assert.Equal("=1+1", rows[1]["渠道"]);
    }

    [Fact]
    public void RowsArePulledWhileTheFileIsWritten_NotCollectedFirst()
    {
        using var stream = new MemoryStream();
        var lengthWhenPulled = new List<long>();

        IEnumerable<object?[]> Source()
        {
            for (var i = 0; i < 20_000; i++)
            {
                lengthWhenPulled.Add(stream.Length);
                yield return [$"TS{i:D8}", "某单位某窗口", i];
            }
        }

        XlsxExport.Write(stream, ["a", "b", "c"], Source());

        // Had the writer collected the rows before writing, nothing would have reached the stream while they were pulled.
        Assert.Equal(20_000, lengthWhenPulled.Count);
        Assert.True(lengthWhenPulled[^1] > lengthWhenPulled[0] + 10_000, $"stream grew from {lengthWhenPulled[0]} to {lengthWhenPulled[^1]} bytes while rows were pulled");
    }

    [Fact]
    public void RepeatedHeaders_StayDistinctColumns()
    {
        using var stream = new MemoryStream();

        XlsxExport.Write(stream, ["名称", "名称"], [["甲", "乙"]]);

        stream.Position = 0;
        var row = (IDictionary<string, object?>)stream.Query(useHeaderRow: true).Single();
        Assert.Equal("甲", row["名称"]);
        Assert.Equal("乙", row["名称 (2)"]);
    }
}
