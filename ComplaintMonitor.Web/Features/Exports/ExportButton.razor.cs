using System.Globalization;
using ComplaintMonitor.Web.Localization;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Exports;

/// <summary>
/// "导出 Excel" / "导出 CSV": starts a background export of the rows <see cref="Rows"/> yields, shows its progress
/// (rows written of <see cref="Total"/>) and then a download link that only this user can follow.
/// </summary>
public sealed partial class ExportButton
{
    private ExportJob? _job;

    [Inject] private ExportJobs Jobs { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    /// <summary>The file name before the time stamp and extension, e.g. 投诉台账.</summary>
    [Parameter, EditorRequired]
    public string FileBaseName { get; set; } = "export";

    /// <summary>Localised column headers, in the order of each row's cells.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Headers { get; set; } = [];

    /// <summary>The rows of the current filter, read lazily page by page (called once per export, on a background thread).</summary>
    [Parameter, EditorRequired]
    public Func<CancellationToken, IAsyncEnumerable<object?[]>> Rows { get; set; } = default!;

    /// <summary>How many rows to expect, for the progress bar; without it the bar is indeterminate.</summary>
    [Parameter]
    public Func<CancellationToken, Task<long?>>? Total { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    private bool Running => _job?.State == ExportState.Running;

    private async Task StartAsync(ExportFormat format)
    {
        var actor = await CurrentActor.RequireAsync();
        Forget();
        _job = Jobs.Start(actor.UserId, new ExportRequest(FileBaseName, Headers, Rows, Total), format);
        _job.Changed += OnChanged;
    }

    private void Cancel()
    {
        _job?.Cancel();
    }

    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    private string ProgressText(ExportJob job) => job.Total is { } total
        ? L["Export.Progress", job.RowsWritten.ToString("N0", CultureInfo.CurrentCulture), total.ToString("N0", CultureInfo.CurrentCulture)]
        : L["Export.ProgressUnknown", job.RowsWritten.ToString("N0", CultureInfo.CurrentCulture)];

    private static double Percent(ExportJob job) => job.Total is { } total && total > 0 ? Math.Min(100, 100.0 * job.RowsWritten / total) : 0;

    /// <summary>An export the user can no longer reach (a new one, or the page closed) is cancelled and its file deleted.</summary>
    private void Forget()
    {
        if (_job is { } old)
        {
            old.Changed -= OnChanged;
            if (old.State != ExportState.Completed)
            {
                Jobs.Discard(old);
            }
        }
        _job = null;
    }

    public void Dispose() => Forget();
}
