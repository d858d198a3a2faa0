using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.LiveMeeting;

public sealed class ApologyFields
{
    public int? AgencyId { get; set; }
    public bool? InformationSent { get; set; }
    public string? Note { get; set; }
}

/// <summary>Who attended, for which agency, when they signed, joined and left; and the agencies' apologies.</summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class AttendanceModel(LiveAccess access, LiveAttendance attendance, LiveItems items) : PageModel
{
    public LiveMeetingInfo Meeting { get; private set; } = null!;
    public IReadOnlyList<MeetingAttendance> Attendances { get; private set; } = [];
    public IReadOnlyList<MeetingApology> Apologies { get; private set; } = [];
    public IReadOnlyList<AgencyOption> Invited { get; private set; } = [];

    [BindProperty]
    public ApologyFields Apology { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostApologyAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (Apology.AgencyId is not { } agency || Invited.All(a => a.Id != agency))
        {
            ModelState.AddModelError("Apology.AgencyId", "Select the agency that sent apologies");
        }
        if (Apology.InformationSent is null)
        {
            ModelState.AddModelError("Apology.InformationSent", "Select whether the agency sent its information");
        }
        if (Apology.Note?.Length > Marac.Data.Configurations.FieldLengths.Short)
        {
            ModelState.AddModelError("Apology.Note", "The note must be 200 characters or fewer");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await attendance.RecordApologyAsync(id, Apology.AgencyId!.Value, Apology.InformationSent!.Value, Apology.Note, User.StaffUserId());
        TempData["Success"] = "Apologies recorded";
        return Redirect($"/meetings/{id}/live/attendance");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var viewer = await access.ViewerAsync(User);
        var meeting = await access.MeetingAsync(id);
        if (viewer is null || meeting is null || !meeting.MayAttend(viewer) || meeting.Status is MeetingStatus.Scheduled or MeetingStatus.Cancelled)
        {
            return NotFound();
        }
        if (!meeting.IsLead(viewer))
        {
            return Forbid();
        }
        Meeting = meeting;
        Attendances = await attendance.AttendancesAsync(id);
        Apologies = await attendance.ApologiesAsync(id);
        Invited = (await items.AgenciesAsync()).Where(a => meeting.InvitedAgencyIds.Contains(a.Id)).ToList();
        return null;
    }
}
