using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

/// <summary>Stores cases in a <see cref="TestDatabase"/> through the real handlers, so case numbers, deadlines and history are genuine.</summary>
public sealed class ComplaintCases(TestDatabase db)
{
    public static NewComplaint Input(DateTimeOffset receivedAt) => new()
    {
        Channel = Channel.OnSite,
        Form = ComplaintForm.Oral,
        ReceivedAt = receivedAt,
        Complainant = new Complainant("张三", "13812341234", "11010519491231002X", "内蒙古自治区鄂尔多斯市康巴什区", false),
        RespondentType = RespondentType.Staff,
        RespondentUnitId = HandlerUnit,
        RespondentWindowId = 1,
        RespondentStaffId = RespondentStaff,
        Category = ComplaintCategory.ServiceAttitude,
        Content = "窗口工作人员态度生硬",
    };

    public RegisterComplaintHandler Register => db.Get<RegisterComplaintHandler>();

    public ApplyComplaintActionHandler Apply => db.Get<ApplyComplaintActionHandler>();

    /// <summary>Registers a case received now (or as changed) and applies the steps as the supervisor; returns its id.</summary>
    public async Task<long> AddAsync(Func<NewComplaint, NewComplaint>? change = null, params ComplaintCommand[] steps)
    {
        var input = Input(db.Time.GetUtcNow());
        var registered = await Register.HandleAsync(change is null ? input : change(input), Supervisor);
        var version = registered.Version;
        foreach (var step in steps)
        {
            version = (await Apply.HandleAsync(registered.Id, version, step, Supervisor)).Version;
        }
        return registered.Id;
    }

    /// <summary>A case referred to a lead unit (and optionally a handler), about the given respondent.</summary>
    public Task<long> AssignedAsync(int leadUnit, int? handlerStaff, int? respondentStaff = RespondentStaff) =>
        AddAsync(i => i with { RespondentStaffId = respondentStaff, RespondentType = respondentStaff is null ? RespondentType.Window : RespondentType.Staff },
            new AcceptCommand(), new AssignCommand(leadUnit, [], handlerStaff));

    public static Actor HandlerOf(int unit, int staff) => new($"handler-{staff}", "承办", UserRole.Handler, staff, unit);
}
