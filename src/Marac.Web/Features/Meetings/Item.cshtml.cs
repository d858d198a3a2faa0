using System.ComponentModel.DataAnnotations;
using Marac.Data.Configurations;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Mvc;

namespace Marac.Web.Features.Meetings;

public enum ItemDecision { Remove = 1, Defer = 2 }

public sealed class ItemModel(AgendaService agendas) : AgendaPageModel
{
    [BindProperty(SupportsGet = true)]
    public int ItemId { get; set; }

    [BindProperty]
    public ItemDecision? Decision { get; set; }

    [BindProperty]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "The reason must be 4000 characters or fewer")]
    public string? Reason { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public AgendaItem Item { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Decision is null)
        {
            ModelState.Remove(nameof(Decision));
            ModelState.AddModelError(nameof(Decision), "Select whether to remove the case or defer it to the next meeting");
        }
        if (string.IsNullOrWhiteSpace(Reason) && ModelState.GetFieldValidationState(nameof(Reason)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(Reason), Decision == ItemDecision.Defer ? "Enter why you are deferring the case" : "Enter why you are removing the case from the agenda");
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        var result = Decision == ItemDecision.Defer
            ? await agendas.DeferAsync(Id, Version, ItemId, Reason, User)
            : await agendas.RemoveAsync(Id, Version, ItemId, Reason, User);
        return await OutcomeAsync(result, ShowAsync, nameof(Decision));
    }

    private async Task<IActionResult> ShowAsync()
    {
        var meeting = await agendas.LoadAsync(Id);
        var item = meeting?.AgendaItems.FirstOrDefault(i => i.Id == ItemId && i.Status == AgendaItemStatus.Listed);
        if (meeting is null || item is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        Item = item;
        if (Version == Guid.Empty)
        {
            Version = meeting.Version;
        }
        return Page();
    }
}
