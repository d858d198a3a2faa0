using Marac.Data.Configurations;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Microsoft.AspNetCore.Mvc;
using System.ComponentModel.DataAnnotations;

namespace Marac.Web.Features.Meetings;

public sealed class AddModel(AgendaService agendas) : AgendaPageModel
{
    [BindProperty]
    public int? ReferralId { get; set; }

    [BindProperty]
    [StringLength(FieldLengths.Narrative, ErrorMessage = "The reason must be 4000 characters or fewer")]
    public string? Reason { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<HeldBackCase> Choices { get; private set; } = [];
    /// <summary>Waiting cases beyond those offered: counted, not loaded.</summary>
    public int More { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Remove(nameof(ReferralId));
        if (ReferralId is null)
        {
            ModelState.AddModelError(nameof(ReferralId), "Select a case to add");
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        return await OutcomeAsync(await agendas.AddAsync(Id, Version, ReferralId!.Value, Reason, User), ShowAsync, nameof(Reason));
    }

    private async Task<IActionResult> ShowAsync()
    {
        var meeting = await agendas.LoadAsync(Id);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        Version = ModelState.ContainsKey(nameof(Version)) && ModelState[nameof(Version)]!.Errors.Count == 0 && Version != Guid.Empty ? Version : meeting.Version;
        var proposal = await agendas.ProposalAsync(meeting);
        var listed = meeting.AgendaItems.Where(i => i.Status == AgendaItemStatus.Listed).Select(i => i.ReferralId).ToHashSet();
        Choices = proposal.Items.Where(i => i.Section != AgendaSection.TwelveMonthsSinceLastMarac).Select(i => new HeldBackCase(i.Case, "Received by the cut-off"))
            .Concat(proposal.Overflow.Select(o => new HeldBackCase(o.Case, "Received by the cut-off; over capacity")))
            .Concat(proposal.ArrivedAfterCutOff.Select(o => new HeldBackCase(o.Case, $"Urgent: received on {MeetingDisplay.Date(o.Case.ReceivedOn)}, after the cut-off. Give a reason")))
            .Where(c => !listed.Contains(c.Case.ReferralId))
            .ToList();
        More = proposal.MoreOverCapacity + proposal.MoreArrivedLate;
        return Page();
    }
}
