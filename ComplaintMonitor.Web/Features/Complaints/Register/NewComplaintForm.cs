using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Complaints.Register;

/// <summary>The editable state of the 登记 form. Choices start empty so that nothing is registered by a default nobody picked.</summary>
public sealed class NewComplaintForm
{
    public Channel? Channel { get; set; }
    public ComplaintForm? Form { get; set; }
    public DateTime? ReceivedDate { get; set; }
    public TimeSpan? ReceivedTime { get; set; }
    public bool Anonymous { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? IdNumber { get; set; }
    public string? Address { get; set; }
    public RespondentType RespondentType { get; set; } = RespondentType.Window;
    public int? RespondentUnitId { get; set; }
    public int? RespondentWindowId { get; set; }
    public int? RespondentStaffId { get; set; }
    public ComplaintCategory? Category { get; set; }
    public string? Content { get; set; }
    public string? RemedySought { get; set; }
    public Complexity Complexity { get; set; } = Complexity.Ordinary;
    public bool HotlineTransfer { get; set; }
    public bool Serious { get; set; }
    public string? LinkedServiceCaseNumber { get; set; }
    public bool RecordConfirmedByComplainant { get; set; }

    /// <summary>A blank form whose received-at is now in China.</summary>
    public static NewComplaintForm StartingAt(DateTimeOffset now)
    {
        var local = ChinaTime.ToLocal(now);
        return new NewComplaintForm
        {
            ReceivedDate = local.Date,
            ReceivedTime = new TimeSpan(local.Hour, local.Minute, 0),
        };
    }

    /// <summary>The received-at instant (the date and time are China's), or null while either is missing.</summary>
    public DateTimeOffset? ReceivedAt => ReceivedDate is { } date && ReceivedTime is { } time
        ? ChinaTime.StartOfDay(DateOnly.FromDateTime(date)).Add(time)
        : null;

    /// <summary>Required choices that are still empty, by field name, in the user's language.</summary>
    public IReadOnlyDictionary<string, string> MissingFields(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var missing = new Dictionary<string, string>();
        void Require(bool ok, string field, string label)
        {
            if (!ok)
            {
                missing[field] = l["Validation.Choose", l[label]];
            }
        }
        Require(Channel is not null, nameof(Channel), "New.Channel");
        Require(Form is not null, nameof(Form), "New.Form");
        Require(ReceivedDate is not null, nameof(ReceivedDate), "New.ReceivedDate");
        Require(ReceivedTime is not null, nameof(ReceivedTime), "New.ReceivedTime");
        Require(Category is not null, nameof(Category), "New.Category");
        if (string.IsNullOrWhiteSpace(Content))
        {
            missing[nameof(Content)] = l["Validation.Fill", l["New.Content"]];
        }
        return missing;
    }

    /// <summary>Every problem with the form: the empty required fields, then the domain's own checks (R-1…R-3), without repeats.</summary>
    public IReadOnlyList<string> Problems(DateTimeOffset now, IStringLocalizer<SharedResource> l) =>
        [.. MissingFields(l).Values.Concat(ToNewComplaint(now).Validate(now)).Distinct()];

    /// <summary>
    /// What gets registered. Empty choices become neutral values here only so that the domain can report its own
    /// problems alongside the missing fields; <see cref="Problems"/> refuses such a form before anything is stored.
    /// </summary>
    public NewComplaint ToNewComplaint(DateTimeOffset now) => new()
    {
        Channel = Channel ?? Domain.Complaints.Channel.Other,
        Form = Form ?? ComplaintForm.Oral,
        ReceivedAt = ReceivedAt ?? now,
        Complainant = Anonymous
            ? Complainant.AnonymousPerson
            : new Complainant(Blank(Name), Blank(Phone), Blank(IdNumber), Blank(Address), false),
        RespondentType = RespondentType,
        RespondentUnitId = RespondentType == RespondentType.Centre ? null : RespondentUnitId,
        RespondentWindowId = RespondentType is RespondentType.Window or RespondentType.Staff ? RespondentWindowId : null,
        RespondentStaffId = RespondentType == RespondentType.Staff ? RespondentStaffId : null,
        Category = Category ?? ComplaintCategory.Other,
        Content = Content?.Trim() ?? "",
        RemedySought = Blank(RemedySought),
        Complexity = Complexity,
        HotlineTransfer = HotlineTransfer,
        Serious = Serious,
        LinkedServiceCaseNumber = Blank(LinkedServiceCaseNumber),
        RecordConfirmedByComplainant = Form == ComplaintForm.Written && RecordConfirmedByComplainant,
    };

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
