using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Features.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Marac.Web.Infrastructure.Hosting;

namespace Marac.Web.Features.Referrals;

/// <summary>
/// The referral form: new, draft or returned. Saves drafts; submits once, however often clicked. A coordinator
/// also corrects an accepted referral here; everyone who has seen it on a published agenda is told.
/// </summary>
[ShowsCase]
public sealed class FormModel(PublicLinks links, MaracDbContext db, ReferralStore store, CorrectionNotices corrections, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public ReferralForm Form { get; set; } = new();

    public RiskInstrument Instrument { get; private set; } = null!;
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public string? ReturnReason { get; private set; }
    /// <summary>A coordinator correcting an accepted referral, rather than a draft or returned one.</summary>
    public bool Correcting { get; private set; }
    public int HighRiskThreshold => Instrument.HighRiskThreshold;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var referral = await EditableAsync(id);
            if (referral is null)
            {
                return await RefuseAsync(id);
            }
            await LoadChoicesAsync();
            Form = ReferralFormMapper.ToForm(referral, Instrument.Questions.Count);
            ReturnReason = referral.ReturnReason;
            Correcting = referral.Status == ReferralStatus.Accepted;
            EnsureRows();
            return Page();
        }
        await LoadChoicesAsync();
        Form = new ReferralForm
        {
            SubmissionToken = Guid.NewGuid(),
            ReferralDate = UkTime.Today(clock),
            ReferrerName = User.Identity?.Name,
            ReferringAgencyIds = User.AgencyId() is { } agency ? [agency] : [],
        };
        EnsureRows();
        return Page();
    }

    /// <summary>A post without a button (or from an old page) shows the form again with everything typed.</summary>
    public Task<IActionResult> OnPostAsync() => RedisplayAsync(() => { }, null);

    public Task<IActionResult> OnPostSaveDraftAsync() => SaveAsync(submit: false);

    public Task<IActionResult> OnPostSubmitAsync() => SaveAsync(submit: true);

    public async Task<IActionResult> OnPostCorrectAsync()
    {
        var existing = Id is { } id ? await EditableAsync(id) : null;
        if (existing is null || existing.Status != ReferralStatus.Accepted)
        {
            return await RefuseAsync(Id ?? 0);
        }
        Correcting = true;
        foreach (var breach in new ReferralRules(await store.RuleContextAsync()).ForSubmission(Form))
        {
            ModelState.AddModelError($"{nameof(Form)}.{breach.Field}", breach.Message);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(() => { }, null);
        }
        var result = await store.CorrectAsync(Form, existing);
        if (result.Outcome == SaveOutcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this referral while you were correcting it. Your changes have not been saved: copy anything you need, then reload the page.");
            return await RedisplayAsync(() => { }, null);
        }
        var (told, failed) = await corrections.TellViewersAsync(existing.Id, User.StaffUserId()!.Value, links.BaseUrl);
        TempData["Success"] = "Correction saved." + (told == 0 ? "" : $" {told} {(told == 1 ? "person who has" : "people who have")} seen the case on a published agenda {(told == 1 ? "was" : "were")} told.")
            + (failed > 0 ? $" {failed} e-mails could not be sent: they have the notification in Marac." : "");
        return RedirectToPage("/Referrals/Details", new { id = existing.Id });
    }

    public Task<IActionResult> OnPostAddPerpetratorAsync() => RedisplayAsync(() => Form.Perpetrators.Add(new PerpetratorInput()), "perpetrators");

    public Task<IActionResult> OnPostAddChildAsync() => RedisplayAsync(() => Form.Children.Add(new ChildInput()), "children");

    private async Task<IActionResult> SaveAsync(bool submit)
    {
        var existing = Id is { } id ? await EditableAsync(id) : null;
        if (Id is { } refusedId && existing is null)
        {
            return await RefuseAsync(refusedId);
        }
        var rules = new ReferralRules(await store.RuleContextAsync());
        foreach (var breach in submit ? rules.ForSubmission(Form) : rules.ForDraft(Form))
        {
            ModelState.AddModelError($"{nameof(Form)}.{breach.Field}", breach.Message);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(() => { }, null);
        }
        var result = await store.SaveAsync(Form, existing, submit, User.StaffUserId()!.Value);
        switch (result.Outcome)
        {
            case SaveOutcome.Conflict:
                ModelState.AddModelError(string.Empty, "Someone else changed this referral while you were editing it. Your changes have not been saved: copy anything you need, then reload the page.");
                return await RedisplayAsync(() => { }, null);
            case SaveOutcome.AlreadySubmitted:
                return RedirectToPage("/Referrals/Details", new { id = result.ReferralId });
            default:
                TempData["Success"] = submit
                    ? "Referral submitted. The MARAC coordinator will review it."
                    : "Draft saved. You can come back to it from your referrals.";
                return submit
                    ? RedirectToPage("/Referrals/Details", new { id = result.ReferralId })
                    : RedirectToPage("/Referrals/Form", new { id = result.ReferralId });
        }
    }

    private async Task<IActionResult> RedisplayAsync(Action change, string? focus)
    {
        await LoadChoicesAsync();
        change();
        EnsureRows();
        ViewData["Focus"] = focus;
        return Page();
    }

    private async Task<Referral?> EditableAsync(int id)
    {
        var referral = await store.LoadForEditAsync(id);
        var userId = User.StaffUserId();
        var mayEdit = referral is not null
            && ((referral.Status is ReferralStatus.Draft or ReferralStatus.Returned
                    && (referral.CreatedByUserId == userId || (referral.Status == ReferralStatus.Returned && User.IsInRole(MaracRoles.Coordinator))))
                || (referral.Status == ReferralStatus.Accepted && User.IsInRole(MaracRoles.Coordinator)));
        return mayEdit ? referral : null;
    }

    private async Task<IActionResult> RefuseAsync(int id)
    {
        await db.RecordRefusalAsync(id, "edit not allowed");
        return NotFound();
    }

    private async Task LoadChoicesAsync()
    {
        Instrument = await store.CurrentInstrumentAsync();
        Agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).ToListAsync();
    }

    private void EnsureRows()
    {
        if (Form.Perpetrators.Count == 0)
        {
            Form.Perpetrators.Add(new PerpetratorInput());
        }
        var answers = Form.RiskAnswers.GroupBy(a => a.QuestionNumber).ToDictionary(g => g.Key, g => g.First());
        Form.RiskAnswers = Instrument.Questions
            .Select(q => answers.GetValueOrDefault(q.Number) ?? new RiskAnswerInput { QuestionNumber = q.Number })
            .ToList();
    }
}
