using System.Globalization;
using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

public enum SaveOutcome { Saved, AlreadySubmitted, Conflict }

public sealed record SaveResult(SaveOutcome Outcome, int ReferralId);

/// <summary>Loads and saves referrals from the form: one referral per form, whatever is clicked twice.</summary>
public sealed class ReferralStore(MaracDbContext db, TimeProvider clock)
{
    public Task<RiskInstrument> CurrentInstrumentAsync() =>
        db.RiskInstruments.AsNoTracking().Include(i => i.Questions.OrderBy(q => q.Number)).FirstAsync(i => i.IsCurrent);

    public async Task<ReferralRuleContext> RuleContextAsync()
    {
        var instrument = await CurrentInstrumentAsync();
        var settings = await db.PartnershipSettings.AsNoTracking().FirstOrDefaultAsync();
        var agencies = await db.Agencies.Where(a => a.IsActive).Select(a => a.Id).ToListAsync();
        return new ReferralRuleContext(agencies.ToHashSet(), instrument.Questions.Count, instrument.HighRiskThreshold,
            settings?.EscalationIncidentThreshold ?? 3, UkTime.Today(clock));
    }

    public Task<Referral?> LoadForEditAsync(int id) =>
        db.Referrals
            .Include(r => r.ReferringAgencies)
            .Include(r => r.Victim).ThenInclude(v => v.Aliases)
            .Include(r => r.Perpetrators).ThenInclude(p => p.Person)
            .Include(r => r.Children).ThenInclude(c => c.Person)
            .Include(r => r.RiskAssessment).ThenInclude(a => a!.Answers)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id);

    public async Task<SaveResult> SaveAsync(ReferralForm form, Referral? existing, bool submit, int userId)
    {
        var byToken = existing ?? await LoadByTokenAsync(form.SubmissionToken);
        if (byToken is not null && byToken.Status != ReferralStatus.Draft && byToken.Status != ReferralStatus.Returned)
        {
            return new SaveResult(SaveOutcome.AlreadySubmitted, byToken.Id);
        }
        if (byToken is not null && form.Version is { } version && version != byToken.Version)
        {
            return new SaveResult(SaveOutcome.Conflict, byToken.Id);
        }
        var referral = byToken ?? await NewReferralAsync(form, userId);
        ReferralFormMapper.Apply(form, referral, await CurrentInstrumentAsync(), await ProposingAgencyAsync(userId));
        if (submit)
        {
            referral.Status = ReferralStatus.Submitted;
            referral.SubmittedAt = clock.GetUtcNow().UtcDateTime;
            referral.ReturnReason = null;
            SubmittedSnapshot.Take(referral);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult(SaveOutcome.Conflict, referral.Id);
        }
        catch (DbUpdateException) when (byToken is null)
        {
            // Two clicks raced past the token check: the unique token lets only one through.
            db.ChangeTracker.Clear();
            var twin = await db.Referrals.Where(r => r.SubmissionToken == form.SubmissionToken).Select(r => (int?)r.Id).FirstOrDefaultAsync();
            if (twin is null)
            {
                throw;
            }
            return new SaveResult(SaveOutcome.AlreadySubmitted, twin.Value);
        }
        return new SaveResult(SaveOutcome.Saved, referral.Id);
    }

    /// <summary>A coordinator's correction of an accepted referral: its status and dates stay as they are.</summary>
    public async Task<SaveResult> CorrectAsync(ReferralForm form, Referral existing)
    {
        if (existing.Status != ReferralStatus.Accepted)
        {
            return new SaveResult(SaveOutcome.AlreadySubmitted, existing.Id);
        }
        if (form.Version is { } version && version != existing.Version)
        {
            return new SaveResult(SaveOutcome.Conflict, existing.Id);
        }
        ReferralFormMapper.Apply(form, existing, await CurrentInstrumentAsync());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult(SaveOutcome.Conflict, existing.Id);
        }
        return new SaveResult(SaveOutcome.Saved, existing.Id);
    }

    /// <summary>The referrer's own agency, when their other ticked agencies are only proposed; null for a coordinator.</summary>
    private async Task<int?> ProposingAgencyAsync(int userId)
    {
        var author = await db.StaffUsers.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.AgencyId, u.Roles }).FirstOrDefaultAsync();
        return author is not null && (author.Roles & AppRoles.Coordinator) != 0 ? null : author?.AgencyId ?? -1;
    }

    private async Task<Referral?> LoadByTokenAsync(Guid token)
    {
        var id = await db.Referrals.Where(r => r.SubmissionToken == token).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        return id is null ? null : await LoadForEditAsync(id.Value);
    }

    private async Task<Referral> NewReferralAsync(ReferralForm form, int userId)
    {
        var today = UkTime.Today(clock);
        var referral = new Referral
        {
            Reference = await NextReferenceAsync(today.Year),
            Status = ReferralStatus.Draft,
            ReferralDate = form.ReferralDate ?? today,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = userId,
            SubmissionToken = form.SubmissionToken == Guid.Empty ? Guid.NewGuid() : form.SubmissionToken,
            Victim = new Person(),
        };
        db.Referrals.Add(referral);
        return referral;
    }

    private async Task<string> NextReferenceAsync(int year)
    {
        var prefix = $"MRC-{year}-";
        var last = await db.Referrals.Where(r => r.Reference.StartsWith(prefix))
            .OrderByDescending(r => r.Reference).Select(r => r.Reference).FirstOrDefaultAsync();
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return $"{prefix}{next:D5}";
    }
}
