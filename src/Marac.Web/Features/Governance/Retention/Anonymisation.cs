using Marac.Data;
using Marac.Data.Entities;

namespace Marac.Web.Features.Governance.Retention;

/// <summary>
/// What anonymising a case clears and what it keeps. Kept, because the SafeLives statistics read them:
/// the referral date, status, referring agencies, the victim's subject id and the perpetrators' (repeats),
/// the victim's gender, ethnicity, disability and LGBT+ answers, ages at the referral date (a date of birth
/// becomes the mid-point of the year of age the person had reached, as the import does), the number of children, meetings,
/// research returns and actions by agency, status and due date. Everything else that could identify or
/// describe someone is cleared.
/// </summary>
public static class Anonymisation
{
    public const string Removed = "Anonymised";

    public static void Clear(Referral referral, MaracDbContext db)
    {
        referral.ReferrerName = "";
        referral.ReferrerPhone = null;
        referral.ReferrerEmail = null;
        referral.ProfessionalJudgementReasons = null;
        referral.RiskNarrative = null;
        referral.ConsentNotGivenReason = null;
        referral.SharingWithoutConsentDecision = null;
        referral.VictimFears = null;
        referral.SafeToTalkTo = null;
        referral.NotSafeToTalkTo = null;
        referral.PreviousOtherMarac = null;
        referral.ReturnReason = null;
        referral.RepeatOverrideReason = null;
        Clear(referral.Victim, referral.ReferralDate, db);
        foreach (var perpetrator in referral.Perpetrators)
        {
            perpetrator.RelationshipToVictim = null;
            Clear(perpetrator.Person, referral.ReferralDate, db);
        }
        foreach (var child in referral.Children)
        {
            child.RelationshipToVictim = null;
            child.RelationshipToPerpetrator = null;
            child.School = null;
            Clear(child.Person, referral.ReferralDate, db);
        }
        foreach (var answer in referral.RiskAssessment?.Answers ?? [])
        {
            answer.Comment = null;
        }
        foreach (var item in referral.AgendaItems)
        {
            item.InformationSummary = null;
            item.RiskSummary = null;
            item.StatusReason = null;
            item.AddedReason = null;
        }
    }

    public static void Clear(Person person, DateOnly referralDate, MaracDbContext db)
    {
        person.GivenName = "";
        person.FamilyName = "";
        person.DateOfBirth = AgeOnly(person.DateOfBirth, referralDate);
        person.PreferredLanguage = null;
        person.ImmigrationStatus = null;
        person.Address = null;
        person.Postcode = null;
        person.Phone = null;
        person.SafeTimesToCall = null;
        person.SafeToCall = YesNoNotKnown.NotKnown;
        person.Pregnant = YesNoNotKnown.NotKnown;
        person.InterpreterNeeded = false;
        person.NoRecourseToPublicFunds = false;
        db.PersonAliases.RemoveRange(person.Aliases);
    }

    public static void Clear(IEnumerable<ResearchReturn> returns)
    {
        foreach (var research in returns)
        {
            research.SharedFacts = null;
            research.SharedOpinion = null;
            research.NotSharedNote = null;
        }
    }

    public static void Clear(IEnumerable<MeetingAction> actions)
    {
        foreach (var action in actions)
        {
            action.Description = Removed;
            action.LinkedRisk = null;
            action.StatusNote = null;
        }
    }

    /// <summary>
    /// A date of birth reduced to the age it gave at the referral date: the date six months before the birthday
    /// on which the person reached that age, so every age-at-referral figure stays the same.
    /// </summary>
    public static DateOnly? AgeOnly(DateOnly? born, DateOnly referralDate)
    {
        if (born is not { } dob)
        {
            return null;
        }
        var age = referralDate.Year - dob.Year - (referralDate < dob.AddYears(referralDate.Year - dob.Year) ? 1 : 0);
        return referralDate.AddYears(-age).AddMonths(-6);
    }
}
