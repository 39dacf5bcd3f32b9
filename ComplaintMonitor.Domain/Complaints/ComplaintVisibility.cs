using System.Linq.Expressions;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Complaints;

/// <summary>
/// Which cases a user may open. A handler (承办) sees the cases referred to their unit as lead unit or assigned to them
/// personally, and never a case that names them as respondent (回避, R-21); leaders, supervisors and admins see all.
/// </summary>
public static class ComplaintVisibility
{
    /// <summary>The rule as a query filter, for lists.</summary>
    public static Expression<Func<Complaint, bool>> VisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != UserRole.Handler)
        {
            return c => true;
        }
        var unit = actor.UnitId;
        var staff = actor.StaffId;
        return (unit, staff) switch
        {
            (null, null) => c => false,
            (_, null) => c => c.LeadUnitId == unit,
            (null, _) => c => c.HandlerStaffId == staff && c.RespondentStaffId != staff,
            _ => c => (c.LeadUnitId == unit || c.HandlerStaffId == staff) && c.RespondentStaffId != staff,
        };
    }

    /// <summary>
    /// The rule as alternatives whose union is <see cref="VisibleTo"/>, each served by one index (lead unit, or handler):
    /// a list reads them separately and merges, instead of letting an OR force a sort of the unit's whole history.
    /// </summary>
    public static IReadOnlyList<Expression<Func<Complaint, bool>>> VisibleToParts(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var unit = actor.UnitId;
        var staff = actor.StaffId;
        if (actor.Role != UserRole.Handler || unit is null || staff is null)
        {
            return [VisibleTo(actor)];
        }
        return
        [
            c => c.LeadUnitId == unit && c.RespondentStaffId != staff,
            c => c.HandlerStaffId == staff && c.RespondentStaffId != staff,
        ];
    }

    /// <summary>The same rule for one loaded case.</summary>
    public static bool CanView(Complaint complaint, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return MaySee(actor, complaint.LeadUnitId, complaint.HandlerStaffId, complaint.RespondentStaffId);
    }

    /// <summary>The same rule from a case's routing facts alone (what a change event carries).</summary>
    public static bool MaySee(Actor actor, int? leadUnitId, int? handlerStaffId, int? respondentStaffId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role != UserRole.Handler
            || ((actor.UnitId is not null && actor.UnitId == leadUnitId) || (actor.StaffId is not null && actor.StaffId == handlerStaffId))
               && (actor.StaffId is null || actor.StaffId != respondentStaffId);
    }

    /// <summary>The user is the staff member complained about: they never see the complainant's identity.</summary>
    public static bool IsRespondent(Complaint complaint, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.StaffId is { } staff && staff == complaint.RespondentStaffId;
    }
}
