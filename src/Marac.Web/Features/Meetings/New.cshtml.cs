using Marac.Data.Entities;
using Marac.Web.Features.Administration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Meetings;

public sealed class NewModel(MeetingScheduler scheduler) : PageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public IReadOnlyList<StaffUser> Chairs { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Form.InvitedAgencyIds = Agencies.Where(a => a.IsCoreMember).Select(a => a.Id).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.ReplaceErrors($"{nameof(Form)}.{nameof(MeetingForm.Repeat)}", "Select how often the meeting happens");
        ModelState.ReplaceErrors($"{nameof(Form)}.{nameof(MeetingForm.ChairUserId)}", "Select a chair from the list");
        ModelState.ReplaceCollectionErrors($"{nameof(Form)}.{nameof(MeetingForm.InvitedAgencyIds)}", "Select agencies from the list");
        var (errors, firstId) = await scheduler.ScheduleAsync(Form, bindingFailed: !ModelState.IsValid);
        ModelState.AddErrors(nameof(Form), errors);
        if (firstId is not { } id || !ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        TempData["Success"] = Form.Repeat is MeetingRepeat.OneOff ? "Meeting scheduled" : "Meetings scheduled";
        return RedirectToPage("/Meetings/Agenda", new { id });
    }

    private async Task LoadAsync()
    {
        Agencies = await scheduler.AgenciesAsync();
        Chairs = await scheduler.ChairsAsync();
    }
}
