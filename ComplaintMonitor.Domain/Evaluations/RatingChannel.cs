namespace ComplaintMonitor.Domain.Evaluations;

/// <summary>Where a 好差评 rating came from (national 好差评 channels; R-23 keeps one rating per 办件 per channel).</summary>
public enum RatingChannel
{
    /// <summary>窗口评价器 / 平板</summary>
    Device,
    /// <summary>二维码</summary>
    QrCode,
    /// <summary>政务服务网 / 门户</summary>
    Portal,
    /// <summary>移动端 APP / 小程序</summary>
    MobileApp,
    /// <summary>自助终端</summary>
    Terminal,
    /// <summary>短信</summary>
    Sms,
    /// <summary>12345 热线</summary>
    Hotline,
    /// <summary>纸质评价卡 (entered by staff from the slip)</summary>
    PaperSlip,
}
