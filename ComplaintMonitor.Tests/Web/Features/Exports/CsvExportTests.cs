using System.Text;
using ComplaintMonitor.Web.Features.Exports;

namespace ComplaintMonitor.Tests.Web.Features.Exports;

public sealed class CsvExportTests
{
    private static async Task<byte[]> WriteAsync(IReadOnlyList<string> headers, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        await CsvExport.WriteAsync(stream, headers, rows.ToAsyncEnumerable());
        return stream.ToArray();
    }

    [Fact]
    public async Task StartsWithAUtf8ByteOrderMark_SoExcelReadsChinese()
    {
        var bytes = await WriteAsync(["受理编号"], ["TS1"]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("受理编号\r\nTS1\r\n", new UTF8Encoding(false).GetString(bytes[3..]));
    }

    [Fact]
    public async Task QuotesFieldsWithCommasQuotesAndLineBreaks_AsRfc4180Says()
    {
        var bytes = await WriteAsync(["a", "b", "c", "d"], ["x,y", "他说\"不行\"", "第一行\n第二行", "plain"]);

        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        Assert.Equal("a,b,c,d\r\n\"x,y\",\"他说\"\"不行\"\"\",\"第一行\n第二行\",plain\r\n", text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"\"http://x\"\")")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("正常文本=1", "正常文本=1")]
    public void TextThatASpreadsheetWouldRunAsAFormula_IsPrefixedWithAQuote(string value, string expected)
    {
        var cell = CsvExport.Cell(value);

        Assert.Equal(expected, cell.StartsWith('"') ? cell[1..^1] : cell);
    }

    [Fact]
    public void Numbers_AreWrittenInvariantly_AndANegativeNumberIsNotMistakenForAFormula()
    {
        Assert.Equal("-3", CsvExport.Cell(-3));
        Assert.Equal("1234.5", CsvExport.Cell(1234.5m));
        Assert.Equal("", CsvExport.Cell(null));
    }
}
