using ComplaintMonitor.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data.Seeding;

/// <summary>A demo centre: ten 进驻单位 with their windows and staff, created once when the organisation is empty.</summary>
public static class DemoOrganisation
{
    private static readonly (string Code, string Name, int Windows)[] Units =
    [
        ("SCJG", "市场监督管理局", 4),
        ("SW", "税务局", 4),
        ("GA", "公安局", 3),
        ("RS", "人力资源和社会保障局", 3),
        ("BDC", "不动产登记中心", 4),
        ("GJJ", "住房公积金管理中心", 2),
        ("YB", "医疗保障局", 2),
        ("JT", "交通运输局", 2),
        ("ZJ", "住房和城乡建设局", 2),
        ("ZWFW", "政务服务中心综合窗口", 2),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "乌", "白", "其", "塔"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英", "建华", "志强", "海燕", "日娜", "巴特尔", "其其格", "晓东", "丽娟", "婷婷"];

    public static string PersonName(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.Units.AnyAsync(ct))
        {
            return;
        }
        var random = new Random(7);
        var units = Units.Select(u => new ServiceUnit(u.Code, u.Name)).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync(ct);

        var windowNo = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var windows = Enumerable.Range(1, Units[i].Windows)
                .Select(n => new ServiceWindow($"{(char)('A' + windowNo / 10)}{windowNo++ % 10 + 1:D2}", $"{units[i].Name}{n}号窗口", units[i].Id))
                .ToList();
            db.Windows.AddRange(windows);
            await db.SaveChangesAsync(ct);
            var staffNo = 1;
            foreach (var window in windows)
            {
                for (var s = 0; s < 3; s++)
                {
                    db.Staff.Add(new StaffMember($"{Units[i].Code}{staffNo++:D3}", PersonName(random), units[i].Id, window.Id));
                }
            }
            // The unit's head (科长) sits at no window.
            var head = new StaffMember($"{Units[i].Code}{staffNo:D3}", PersonName(random), units[i].Id, null);
            db.Staff.Add(head);
            await db.SaveChangesAsync(ct);
            units[i].HeadStaffId = head.Id;
        }
        await db.SaveChangesAsync(ct);
    }
}
