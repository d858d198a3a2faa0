using Marac.Data.Entities;

namespace Marac.Web.Features.Referrals;

public sealed record RuleBreach(string Field, string Message);

/// <summary>
/// The MARAC referral rules that go beyond field formats: who referred, who is involved, and which
/// criterion the referral meets. Draft rules only refuse what could never be saved.
/// </summary>
public sealed class ReferralRules(ReferralRuleContext context)
{
    public IEnumerable<RuleBreach> ForDraft(ReferralForm form)
    {
        if (form.ReferringAgencyIds.Any(id => !context.AgencyIds.Contains(id)))
        {
            yield return new("ReferringAgencyIds", "Select referring agencies from the list");
        }
        var expected = Enumerable.Range(1, context.QuestionCount);
        if (form.RiskAnswers.Count > 0 && !form.RiskAnswers.Select(a => a.QuestionNumber).Order().SequenceEqual(expected))
        {
            yield return new("RiskAnswers", "The risk checklist could not be read. Reload the page and try again");
        }
        foreach (var breach in DatesNotInFuture(form))
        {
            yield return breach;
        }
    }

    public IEnumerable<RuleBreach> ForSubmission(ReferralForm form) =>
        ForDraft(form).Concat(Referrer(form)).Concat(People(form)).Concat(RiskChecklist(form)).Concat(Criteria(form)).Concat(Consent(form));

    private static IEnumerable<RuleBreach> RiskChecklist(ReferralForm form) =>
        form.RiskAnswers.Select((answer, index) => (answer, index))
            .Where(a => a.answer.Answer is null)
            .Select(a => new RuleBreach($"RiskAnswers[{a.index}].Answer",
                $"Answer risk question {a.answer.QuestionNumber}: yes, no or not known"));

    private IEnumerable<RuleBreach> Referrer(ReferralForm form)
    {
        if (form.ReferringAgencyIds.Count == 0)
        {
            yield return new("ReferringAgencyIds", "Select the agency making the referral");
        }
        if (string.IsNullOrWhiteSpace(form.ReferrerName))
        {
            yield return new("ReferrerName", "Enter your name");
        }
        if (form.ReferralDate is null)
        {
            yield return new("ReferralDate", "Enter the date of the referral");
        }
    }

    private static IEnumerable<RuleBreach> People(ReferralForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Victim.GivenName))
        {
            yield return new("Victim.GivenName", "Enter the victim's first name");
        }
        if (string.IsNullOrWhiteSpace(form.Victim.FamilyName))
        {
            yield return new("Victim.FamilyName", "Enter the victim's last name");
        }
        if (form.Perpetrators.All(p => p.IsBlank))
        {
            yield return new("Perpetrators[0].GivenName", "Enter at least one perpetrator");
        }
        for (var i = 0; i < form.Perpetrators.Count; i++)
        {
            if (!form.Perpetrators[i].IsBlank && string.IsNullOrWhiteSpace(form.Perpetrators[i].FamilyName) && string.IsNullOrWhiteSpace(form.Perpetrators[i].GivenName))
            {
                yield return new($"Perpetrators[{i}].GivenName", $"Enter perpetrator {i + 1}'s name");
            }
        }
        for (var i = 0; i < form.Children.Count; i++)
        {
            if (!form.Children[i].IsBlank && string.IsNullOrWhiteSpace(form.Children[i].GivenName))
            {
                yield return new($"Children[{i}].GivenName", $"Enter child {i + 1}'s first name");
            }
        }
    }

    private IEnumerable<RuleBreach> Criteria(ReferralForm form)
    {
        var visibleHighRisk = form.YesCount >= context.HighRiskThreshold;
        if (!visibleHighRisk && !form.ProfessionalJudgement && !form.PotentialEscalation && !form.RepeatDeclared)
        {
            yield return new("Criteria", $"Select the referral criteria the case meets: the risk checklist has {form.YesCount} 'yes' answers, and {context.HighRiskThreshold} or more are needed for visible high risk");
        }
        if (form.ProfessionalJudgement && string.IsNullOrWhiteSpace(form.ProfessionalJudgementReasons))
        {
            yield return new("ProfessionalJudgementReasons", "Explain why your professional judgement is that this case needs MARAC");
        }
        if (form.PotentialEscalation && form.IncidentsInLast12Months is null)
        {
            yield return new("IncidentsInLast12Months", "Enter how many incidents were reported in the past 12 months");
        }
        else if (form.PotentialEscalation && form.IncidentsInLast12Months < context.EscalationThreshold)
        {
            yield return new("IncidentsInLast12Months", $"Potential escalation needs {context.EscalationThreshold} or more incidents in the past 12 months");
        }
    }

    private static IEnumerable<RuleBreach> Consent(ReferralForm form)
    {
        if (form.VictimAwareOfReferral is null)
        {
            yield return new("VictimAwareOfReferral", "Select whether the victim is aware of this referral");
        }
        if (form.ConsentGiven is null)
        {
            yield return new("ConsentGiven", "Select whether the victim has consented to information being shared");
            yield break;
        }
        if (form.ConsentGiven != YesNoNotKnown.Yes && string.IsNullOrWhiteSpace(form.ConsentNotGivenReason))
        {
            yield return new("ConsentNotGivenReason", "Explain why the victim has not given consent");
        }
        if (form.ConsentGiven != YesNoNotKnown.Yes && string.IsNullOrWhiteSpace(form.SharingWithoutConsentDecision))
        {
            yield return new("SharingWithoutConsentDecision", "Record the decision to share information without consent, and who made it");
        }
    }

    private IEnumerable<RuleBreach> DatesNotInFuture(ReferralForm form)
    {
        var dates = new List<(string Field, DateOnly? Date, string Label)>
        {
            ("ReferralDate", form.ReferralDate, "The date of the referral"),
            ("PreviousMaracDate", form.PreviousMaracDate, "The date of the previous MARAC"),
            ("Victim.DateOfBirth", form.Victim.DateOfBirth, "The victim's date of birth"),
        };
        dates.AddRange(form.Perpetrators.Select((p, i) => ($"Perpetrators[{i}].DateOfBirth", p.DateOfBirth, $"Perpetrator {i + 1}'s date of birth")));
        dates.AddRange(form.Children.Select((c, i) => ($"Children[{i}].DateOfBirth", c.DateOfBirth, $"Child {i + 1}'s date of birth")));
        foreach (var (field, date, label) in dates)
        {
            if (date > context.Today)
            {
                yield return new(field, $"{label} must be today or in the past");
            }
            else if (date < context.Today.AddYears(-120))
            {
                yield return new(field, $"{label} must be after {context.Today.AddYears(-120):d MMMM yyyy}");
            }
        }
    }
}

/// <summary>What the rules need from the database and the clock.</summary>
public sealed record ReferralRuleContext(
    IReadOnlySet<int> AgencyIds, int QuestionCount, int HighRiskThreshold, int EscalationThreshold, DateOnly Today);
