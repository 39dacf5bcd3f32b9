namespace ComplaintMonitor.Domain.Complaints;

/// <summary>投诉渠道: where the complaint arrived. Kept apart from <see cref="ComplaintForm"/> (GB/T 36113 §6).</summary>
public enum Channel
{
    /// <summary>现场</summary>
    OnSite,
    /// <summary>电话/12345</summary>
    Phone,
    /// <summary>网站/政务服务网</summary>
    Website,
    /// <summary>微信/移动端</summary>
    WeChat,
    /// <summary>信函</summary>
    Letter,
    /// <summary>意见箱</summary>
    SuggestionBox,
    /// <summary>评价器/二维码 (a 差评 turned into a case)</summary>
    RatingDevice,
    /// <summary>自助终端</summary>
    SelfServiceTerminal,
    /// <summary>其他 (座谈, 短信 …)</summary>
    Other,
}
