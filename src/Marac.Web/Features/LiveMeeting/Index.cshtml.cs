using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>The action form's fields; the browser sends them through the hub, never as a POST.</summary>
public sealed class ActionFormFields
{
    public int? OwnerAgencyId { get; set; }
    public string? Description { get; set; }
    public DateOnly? DueDate { get; set; }
    public string? LinkedRisk { get; set; }
}

/// <summary>
/// The meeting console: the chair or coordinator opens the meeting; each attendee agrees to the confidentiality
/// statement (shown in full) before any case reaches them; then the live page, driven by live-meeting.js.
/// </summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class LiveMeetingModel(LiveAccess access, LiveAttendance attendance, LiveItems items, MeetingConclusion conclusion,
    TimeProvider clock, IConfiguration configuration) : PageModel
{
    public enum Stage { NotOpen, Sign, Live, Finished }

    public LiveMeetingInfo Meeting { get; private set; } = null!;
    public Stage Showing { get; private set; }
    public bool IsLead { get; private set; }
    public ConfidentialityStatement? Statement { get; private set; }
    public IReadOnlyList<AgencyOption> Agencies { get; private set; } = [];

    /// <summary>For the leads: the cases not yet marked heard or deferred, which concluding defers.</summary>
    public int Unmarked { get; private set; }

    /// <summary>For a finished meeting: whether the reader may open its minutes now (the leads see drafts too).</summary>
    public bool MinutesReadable { get; private set; }

    [BindProperty]
    public bool Agree { get; set; }

    [BindProperty]
    public bool Observer { get; set; }

    /// <summary>
    /// Whether the meeting is due to start more than <c>Meetings:OpenEarlyWarningMinutes</c> (60) from now: opening it
    /// then, probably by mistake (the wrong meeting, the wrong week), needs the lead to confirm.
    /// </summary>
    public bool OpensEarly { get; private set; }

    [BindProperty]
    public bool ConfirmEarlyOpen { get; set; }

    /// <summary>Ending the meeting cannot be undone, and defers every case not yet marked: the lead confirms it.</summary>
    [BindProperty]
    public bool ConfirmEnd { get; set; }

    public ActionFormFields Action { get; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>Requested by the open page while its user is active, so the session does not time out mid-meeting.</summary>
    public async Task<IActionResult> OnGetKeepAliveAsync(int id) => await LoadAsync(id) ?? new NoContentResult();

    public async Task<IActionResult> OnPostOpenAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!IsLead)
        {
            return Forbid();
        }
        if (Meeting.Status != MeetingStatus.Published)
        {
            ModelState.AddModelError("", "Publish the agenda before opening the meeting.");
            return Page();
        }
        if (OpensEarly && !ConfirmEarlyOpen)
        {
            ModelState.AddModelError(nameof(ConfirmEarlyOpen), "Confirm that you want to open the meeting before its start time");
            return Page();
        }
        await attendance.OpenAsync(id);
        TempData["Success"] = "The meeting is open. Read the confidentiality statement aloud, then agree to it below.";
        return Redirect($"/meetings/{id}/live");
    }

    public async Task<IActionResult> OnPostSignAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (Showing != Stage.Sign)
        {
            return Redirect($"/meetings/{id}/live");
        }
        if (!Agree)
        {
            ModelState.AddModelError(nameof(Agree), "Confirm that you agree to the confidentiality statement");
            return Page();
        }
        var viewer = (await access.ViewerAsync(User))!;
        await attendance.SignAsync(Meeting, viewer.UserId, viewer.AgencyId, Observer);
        return Redirect($"/meetings/{id}/live");
    }

    /// <summary>
    /// The chair or coordinator ends the meeting: the cases not reached are deferred, the draft minutes are made,
    /// everyone connected is told, and the lead goes to the minutes. Concluding again just goes to the minutes.
    /// </summary>
    public async Task<IActionResult> OnPostConcludeAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!IsLead)
        {
            return Forbid();
        }
        if (Meeting.Status == MeetingStatus.InProgress && !ConfirmEnd)
        {
            ModelState.AddModelError(nameof(ConfirmEnd), "Confirm that you want to end the meeting");
            return Page();
        }
        var result = await conclusion.ConcludeAsync(Meeting, User);
        switch (result.Outcome)
        {
            case ConclusionOutcome.Concluded:
                TempData["Success"] = result.Deferred switch
                {
                    0 => "The meeting has concluded. The draft minutes are ready for the chair to approve.",
                    1 => "The meeting has concluded. 1 case not reached was deferred to the next meeting. The draft minutes are ready for the chair to approve.",
                    var n => $"The meeting has concluded. {n} cases not reached were deferred to the next meeting. The draft minutes are ready for the chair to approve.",
                };
                return Redirect($"/minutes/{id}");
            case ConclusionOutcome.AlreadyConcluded:
                return Redirect($"/minutes/{id}");
            case ConclusionOutcome.NotOpen:
                ModelState.AddModelError("", "Open the meeting before concluding it.");
                return Page();
            default:
                ModelState.AddModelError("", result.Error!);
                return await LoadAsync(id) ?? Page();
        }
    }

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    /// <summary>Loads the meeting for this user; a result when they may not see the page at all.</summary>
    private async Task<IActionResult?> LoadAsync(int id)
    {
        var viewer = await access.ViewerAsync(User);
        var meeting = await access.MeetingAsync(id);
        if (viewer is null || meeting is null || !meeting.MayAttend(viewer) || meeting.Status is MeetingStatus.Scheduled or MeetingStatus.Cancelled)
        {
            return NotFound();
        }
        (Meeting, IsLead) = (meeting, meeting.IsLead(viewer));
        OpensEarly = meeting.Status == MeetingStatus.Published
            && meeting.StartsAt - UkTime.Now(clock) > TimeSpan.FromMinutes(configuration.GetValue("Meetings:OpenEarlyWarningMinutes", 60));
        Showing = meeting.Status switch
        {
            MeetingStatus.Published => Stage.NotOpen,
            MeetingStatus.Concluded => Stage.Finished,
            _ => await access.SignatureAsync(meeting, viewer.UserId) is null ? Stage.Sign : Stage.Live,
        };
        Statement = Showing == Stage.Sign ? await attendance.StatementAsync(meeting.StatementId) : null;
        if (Showing == Stage.Live)
        {
            var all = await items.AgenciesAsync();
            Agencies = IsLead ? all : all.Where(a => a.Id == viewer.AgencyId).ToList();
            Unmarked = IsLead ? await conclusion.UnmarkedCountAsync(id) : 0;
        }
        if (Showing == Stage.Finished)
        {
            MinutesReadable = IsLead || await conclusion.MinutesIssuedAsync(id);
        }
        return null;
    }
}
