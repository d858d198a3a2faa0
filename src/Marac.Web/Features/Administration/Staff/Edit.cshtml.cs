using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marac.Web.Features.Administration.Staff;

public sealed class EditModel(StaffAccessEditor editor) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this person's access while you were editing it. Your changes have not been saved. " +
        "Check what is saved now, shown below, then select Save again to replace it with what you chose.";

    [BindProperty]
    public StaffForm Form { get; set; } = new();

    /// <summary>The person as saved now (after a conflict, what the other administrator saved).</summary>
    public StaffUser Person { get; private set; } = null!;

    public bool ShowSavedNow { get; private set; }

    public bool IsSelf => User.StaffUserId() == Person.Id;

    public IReadOnlyList<GovUkItem> AgencyItems { get; private set; } = [];

    public IReadOnlyList<GovUkItem> StatusItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var person = await editor.FindAsync(id);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        Form = StaffForm.From(person);
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var versionKey = $"{nameof(Form)}.{nameof(StaffForm.Version)}";
        if (ModelState.TryGetValue(versionKey, out var version) && version.Errors.Count > 0)
        {
            // A version that cannot be read (a tampered hidden field) is handled like one that is out of date.
            ModelState.Remove(versionKey);
            Form.Version = null;
        }
        ModelState.ReplaceErrors($"{nameof(Form)}.{nameof(StaffForm.AgencyId)}", "Select an agency from the list");
        ModelState.ReplaceErrors($"{nameof(Form)}.{nameof(StaffForm.Status)}", "Select whether this person has access or has left");
        ModelState.ReplaceCollectionErrors($"{nameof(Form)}.{nameof(StaffForm.Roles)}", "Select roles from the list");

        var before = await editor.FindAsync(id);
        if (before is null)
        {
            return NotFound();
        }
        var result = await editor.SaveAsync(id, Form, User.StaffUserId(), bindingFailed: !ModelState.IsValid);
        ModelState.AddErrors(nameof(Form), result.Errors);
        switch (result.Outcome)
        {
            case AdminSaveOutcome.NotFound:
                return NotFound();
            case AdminSaveOutcome.Saved:
                TempData["Success"] = SuccessMessage(before, Form.Status!.Value);
                return RedirectToPage("/Administration/Staff/Index");
        }

        var savedNow = await editor.FindAsync(id);
        if (savedNow is null)
        {
            return NotFound();
        }
        Person = savedNow;
        if (result.Outcome == AdminSaveOutcome.Conflict)
        {
            ShowSavedNow = true;
            Form.Version = savedNow.Version;
            ModelState.AddModelError(string.Empty, ConflictMessage);
        }
        await LoadChoicesAsync();
        return Page();
    }

    private static string SuccessMessage(StaffUser before, StaffUserStatus status) => (before.Status, status) switch
    {
        (not StaffUserStatus.Active, StaffUserStatus.Active) => $"{before.DisplayName} now has access",
        (not StaffUserStatus.Left, StaffUserStatus.Left) => $"{before.DisplayName} has left. Their access has ended",
        _ => $"Changes to {before.DisplayName} saved",
    };

    private async Task LoadChoicesAsync()
    {
        var agencies = await editor.AgencyChoicesAsync(Person.AgencyId);
        AgencyItems = agencies.Select(a => new GovUkItem(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.IsActive ? a.Name : $"{a.Name} (inactive)")).ToList();
        var items = new List<GovUkItem>();
        if (Person.Status == StaffUserStatus.WaitingForAccess)
        {
            items.Add(new GovUkItem(nameof(StaffUserStatus.WaitingForAccess), "Waiting for access") { Hint = "Cannot use Marac yet." });
        }
        items.Add(new GovUkItem(nameof(StaffUserStatus.Active), "Has access") { Hint = "Can sign in and use Marac in the roles chosen above." });
        items.Add(new GovUkItem(nameof(StaffUserStatus.Left), "Has left") { Hint = "Access ends at once: the next page they ask for is refused." });
        StatusItems = items;
    }
}
