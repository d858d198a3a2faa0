using Marac.Data;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Web.Features.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Marac.Web.Infrastructure.Hosting;

namespace Marac.Web.Features.Meetings;

public sealed class AgendaModel(PublicLinks links, AgendaService agendas, AgendaPublisher publisher, ResearchOverview research, ResearchChaser chaser, MaracDbContext db) : AgendaPageModel
{
    [BindProperty]
    public int ItemId { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public AgendaProposal Proposal { get; private set; } = null!;
    public IReadOnlyDictionary<AgendaItem, TimeOnly> Slots { get; private set; } = new Dictionary<AgendaItem, TimeOnly>();
    public IReadOnlyList<AgendaChange> Changes { get; private set; } = [];
    public IReadOnlyDictionary<int, string> References { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<HeldBackCase> Waiting { get; private set; } = [];
    public IReadOnlyList<HeldBackCase> Late { get; private set; } = [];
    /// <summary>Who has returned what; null until the agenda is published.</summary>
    public ResearchOverviewView? Research { get; private set; }
    /// <summary>Cases this coordinator must not receive: their slot shows, nothing else of them.</summary>
    public IReadOnlySet<int> Hidden { get; private set; } = new HashSet<int>();
    public bool CanEdit => Meeting.Status is MeetingStatus.Scheduled or MeetingStatus.Published;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostProposeAsync() => await OutcomeAsync(await agendas.ProposeAsync(Id, Version, User), ShowAsync);

    public async Task<IActionResult> OnPostMoveUpAsync() => await MovedAsync(await agendas.MoveAsync(Id, Version, ItemId, up: true, User));

    public async Task<IActionResult> OnPostMoveDownAsync() => await MovedAsync(await agendas.MoveAsync(Id, Version, ItemId, up: false, User));

    public async Task<IActionResult> OnPostPublishAsync() =>
        await OutcomeAsync(await publisher.PublishAsync(Id, Version, User, links.BaseUrl), ShowAsync);

    public async Task<IActionResult> OnPostChaseAsync() =>
        await OutcomeAsync(await chaser.ChaseAsync(Id, links.BaseUrl), ShowAsync);

    private async Task<IActionResult> MovedAsync(AgendaResult result)
    {
        var outcome = await OutcomeAsync(result, ShowAsync);
        // Back to the same case's buttons, so a keyboard user can keep moving it.
        return outcome is RedirectResult ? Redirect($"/meetings/{Id}#item-{ItemId}") : outcome;
    }

    private async Task<IActionResult> ShowAsync()
    {
        var meeting = await agendas.LoadAsync(Id);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        Version = meeting.Version;
        Proposal = await agendas.ProposalAsync(meeting);
        Hidden = await db.ExcludedReferralIdsAsync(User);
        Slots = TimeSlots.For(meeting);
        var listed = meeting.AgendaItems.Where(i => i.Status == AgendaItemStatus.Listed).Select(i => i.ReferralId).ToHashSet();
        Waiting = Proposal.Items.Where(i => !listed.Contains(i.Case.ReferralId)).Select(i => new HeldBackCase(i.Case, "Ready to list"))
            .Concat(Proposal.Overflow.Where(o => !listed.Contains(o.Case.ReferralId))).Where(i => !Hidden.Contains(i.Case.ReferralId)).ToList();
        Late = Proposal.ArrivedAfterCutOff.Where(o => !listed.Contains(o.Case.ReferralId) && !Hidden.Contains(o.Case.ReferralId)).ToList();
        Changes = await db.AgendaChanges.AsNoTracking().Where(c => c.MeetingId == Id).OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(50).ToListAsync();
        var ids = Changes.Where(c => c.ReferralId != null).Select(c => c.ReferralId!.Value).Where(id => !Hidden.Contains(id)).Distinct().ToList();
        Research = meeting.FirstPublishedAt is null ? null : await research.ForAsync(Id);
        Research = Research is null ? null : Research with { Cases = Research.Cases.Where(c => !Hidden.Contains(c.ReferralId)).ToList() };
        References = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Reference);
        return Page();
    }
}
