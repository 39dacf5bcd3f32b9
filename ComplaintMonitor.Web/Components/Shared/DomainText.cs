using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Components.Shared;

/// <summary>
/// Display names of the domain's enums: the resource key is <c>{EnumType}.{Value}</c> (e.g. <c>ComplaintStatus.Registered</c>),
/// whose zh-CN text equals the domain's <c>ZhNames</c> where it has one.
/// </summary>
public static class DomainText
{
    public static string Of<TEnum>(this IStringLocalizer<SharedResource> localizer, TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[Key(value)];
    }

    public static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum => $"{typeof(TEnum).Name}.{value}";
}
