using System.Text.RegularExpressions;

namespace ComplaintMonitor.Domain.Complaints;

/// <summary>投诉人. Confidential (R-19): shown masked unless the viewer has the permission and asked to see it.</summary>
public sealed partial record Complainant(string? Name, string? Phone, string? IdNumber, string? Address, bool Anonymous)
{
    public static Complainant AnonymousPerson { get; } = new(null, null, null, null, true);

    public IEnumerable<string> Validate()
    {
        if (Anonymous)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return "请填写投诉人姓名，或选择匿名投诉";
        }
        if (string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Address))
        {
            yield return "请至少填写联系电话或通讯地址，以便答复和回访";
        }
        if (!string.IsNullOrWhiteSpace(Phone) && !PhonePattern().IsMatch(Phone.Trim()))
        {
            yield return "联系电话格式不正确（手机号 11 位，或区号-座机号）";
        }
        if (!string.IsNullOrWhiteSpace(IdNumber) && !IsValidIdNumber(IdNumber.Trim()))
        {
            yield return "身份证号码不正确（18 位，校验位不符）";
        }
    }

    /// <summary>GB 11643 citizen ID: 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
    public static bool IsValidIdNumber(string id)
    {
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit))
        {
            return false;
        }
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * weights[i];
        }
        return "10X98765432"[sum % 11] == char.ToUpperInvariant(id[17]);
    }

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|12345)$")]
    private static partial Regex PhonePattern();
}
