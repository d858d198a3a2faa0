using System.Globalization;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Sharing.Redaction;
using static Marac.Sharing.Categories.CaseFieldCatalogue;

namespace Marac.Sharing.Summaries;

/// <summary>
/// Applies a viewer's access to a <see cref="CaseSummary"/>: each field outside the granted categories
/// becomes a visible "withheld: &lt;category&gt;" marker, free text passes through the redactor, and
/// another agency's private research note never appears. Categories come from <see cref="CaseFieldCatalogue"/>.
/// </summary>
public sealed class CaseSharing
{
    private readonly CaseAccess _access;
    private readonly int? _viewerAgencyId;
    private readonly TextRedactor _redactor;
    private readonly HashSet<DataCategory> _shown = [];
    private readonly HashSet<DataCategory> _withheld = [];

    private CaseSharing(CaseAccess access, int? viewerAgencyId, TextRedactor redactor)
    {
        _access = access;
        _viewerAgencyId = viewerAgencyId;
        _redactor = redactor;
    }

    public static SharedCase Share(CaseSummary summary, CaseAccess access, int? viewerAgencyId, TextRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(access);
        var sharing = new CaseSharing(access, viewerAgencyId, redactor);
        var sections = sharing.Sections(summary).Where(s => s.Fields.Count > 0).ToList();
        var reference = access.ForReferral.Contains(CategoryOf<Referral>(r => r.Reference))
            ? summary.Reference : SharedValue.WithheldMarker(CategoryOf<Referral>(r => r.Reference));
        return new SharedCase(summary.Id, reference, sections, CategorySet.Of(sharing._shown), CategorySet.Of(sharing._withheld));
    }

    private IEnumerable<SharedSection> Sections(CaseSummary s)
    {
        var referral = _access.ForReferral;
        yield return new("Referral", Referral(s, referral));
        yield return new("Victim", Person(s.Victim, referral, withSafety: true));
        foreach (var (perpetrator, index) in s.Perpetrators.Select((p, i) => (p, i + 1)))
        {
            yield return new($"Perpetrator {index}", Perpetrator(perpetrator, referral));
        }
        yield return new("Children", Children(s, referral));
        yield return new("Risk", Risk(s, referral));
        yield return new("Consent and safety", ConsentAndSafety(s, referral));
        foreach (var research in s.Research)
        {
            yield return new($"Research from {research.AgencyName}", Research(research));
        }
        foreach (var hearing in s.Hearings)
        {
            yield return new($"MARAC meeting on {DisplayText.Date(hearing.MeetingDate)}", Hearing(hearing));
        }
        foreach (var (action, index) in s.Actions.Select((a, i) => (a, i + 1)))
        {
            yield return new($"{(action.FromEarlierReferral ? "Earlier action" : "Action")} {index}", Action(action));
        }
    }

    private List<SharedValue> Referral(CaseSummary s, CategorySet granted) =>
    [
        Field("Case reference", CategoryOf<Referral>(r => r.Reference), s.Reference, granted),
        Field("Status", CategoryOf<Referral>(r => r.Status), DisplayText.Enum(s.Status), granted),
        Field("Referral date", CategoryOf<Referral>(r => r.ReferralDate), DisplayText.Date(s.ReferralDate), granted),
        Field("Referring agencies", CategoryOf<ReferralAgency>(a => a.AgencyId), string.Join(", ", s.ReferringAgencies), granted),
        Field("Referrer", CategoryOf<Referral>(r => r.ReferrerName), s.ReferrerName, granted),
        Field("Referrer's phone", CategoryOf<Referral>(r => r.ReferrerPhone), s.ReferrerPhone, granted),
        Field("Referrer's e-mail", CategoryOf<Referral>(r => r.ReferrerEmail), s.ReferrerEmail, granted),
        Field("Previous MARAC", CategoryOf<Referral>(r => r.PreviousMaracDate), s.PreviousMaracDate is null ? "None recorded" : DisplayText.Date(s.PreviousMaracDate), granted),
        Text("Previous MARAC elsewhere", CategoryOf<Referral>(r => r.PreviousOtherMarac), s.PreviousOtherMarac, granted),
    ];

    private List<SharedValue> Person(PersonSummary p, CategorySet granted, bool withSafety)
    {
        var fields = new List<SharedValue>
        {
            Field("Name", CategoryOf<Person>(x => x.GivenName), $"{p.GivenName} {p.FamilyName}".Trim(), granted),
            Field("Also known as", CategoryOf<PersonAlias>(a => a.Name), p.Aliases.Count == 0 ? "None recorded" : string.Join(", ", p.Aliases), granted),
            Field("Date of birth", CategoryOf<Person>(x => x.DateOfBirth), DisplayText.Date(p.DateOfBirth), granted),
            Field("Gender", CategoryOf<Person>(x => x.Gender), DisplayText.Enum(p.Gender), granted),
            Field("Preferred language", CategoryOf<Person>(x => x.PreferredLanguage), p.PreferredLanguage, granted),
            Field("Interpreter needed", CategoryOf<Person>(x => x.InterpreterNeeded), DisplayText.YesNo(p.InterpreterNeeded), granted),
            Field("Immigration status", CategoryOf<Person>(x => x.ImmigrationStatus), p.ImmigrationStatus, granted),
            Field("No recourse to public funds", CategoryOf<Person>(x => x.NoRecourseToPublicFunds), DisplayText.YesNo(p.NoRecourseToPublicFunds), granted),
            Field("Ethnicity", CategoryOf<Person>(x => x.Ethnicity), DisplayText.Enum(p.Ethnicity), granted),
            Field("Disabled", CategoryOf<Person>(x => x.Disabled), DisplayText.Enum(p.Disabled), granted),
            Field("LGBT+", CategoryOf<Person>(x => x.Lgbt), DisplayText.Enum(p.Lgbt), granted),
            Field("Pregnant", CategoryOf<Person>(x => x.Pregnant), DisplayText.Enum(p.Pregnant), granted),
        };
        if (withSafety)
        {
            fields.Add(Field("Address", CategoryOf<Person>(x => x.Address), p.Address, granted));
            fields.Add(Field("Postcode", CategoryOf<Person>(x => x.Postcode), p.Postcode, granted));
            fields.Add(Field("Phone", CategoryOf<Person>(x => x.Phone), p.Phone, granted));
            fields.Add(Field("Safe to call", CategoryOf<Person>(x => x.SafeToCall), DisplayText.Enum(p.SafeToCall), granted));
            fields.Add(Text("Safe times to call", CategoryOf<Person>(x => x.SafeTimesToCall), p.SafeTimesToCall, granted));
        }
        return fields;
    }

    private List<SharedValue> Perpetrator(PerpetratorSummary p, CategorySet granted)
    {
        var fields = Person(p.Person, granted, withSafety: false);
        fields.Insert(1, Text("Relationship to the victim", CategoryOf<ReferralPerpetrator>(x => x.RelationshipToVictim), p.RelationshipToVictim, granted));
        return fields;
    }

    private List<SharedValue> Children(CaseSummary s, CategorySet granted)
    {
        var category = CategoryOf<ReferralChild>(c => c.RelationshipToVictim);
        if (!granted.Contains(category))
        {
            return [Withhold("Children", category)];
        }
        if (s.Children.Count == 0)
        {
            return [Field("Children", category, s.ImportedChildrenCount is > 0 ? $"{s.ImportedChildrenCount} (names not recorded)" : "None recorded", granted)];
        }
        return s.Children.SelectMany((c, i) => Child(c, i + 1, granted)).ToList();
    }

    private IEnumerable<SharedValue> Child(ChildSummary c, int index, CategorySet granted)
    {
        yield return Field($"Child {index}: name", CategoryOf<Person>(x => x.GivenName), $"{c.Person.GivenName} {c.Person.FamilyName}".Trim(), granted);
        yield return Field($"Child {index}: date of birth", CategoryOf<Person>(x => x.DateOfBirth), DisplayText.Date(c.Person.DateOfBirth), granted);
        yield return Text($"Child {index}: relationship to the victim", CategoryOf<ReferralChild>(x => x.RelationshipToVictim), c.RelationshipToVictim, granted);
        yield return Text($"Child {index}: relationship to the perpetrator", CategoryOf<ReferralChild>(x => x.RelationshipToPerpetrator), c.RelationshipToPerpetrator, granted);
        yield return Text($"Child {index}: school or nursery", CategoryOf<ReferralChild>(x => x.School), c.School, granted);
    }

    private List<SharedValue> Risk(CaseSummary s, CategorySet granted)
    {
        var fields = new List<SharedValue>
        {
            Field("Risk level", CategoryOf<RiskAssessment>(a => a.Band), s.RiskBand is { } band ? $"{DisplayText.Enum(band)} ({s.RiskScore} of 24)" : "No checklist", granted),
            Text("What happened", CategoryOf<Referral>(r => r.RiskNarrative), s.RiskNarrative, granted),
            Text("The victim's fears", CategoryOf<Referral>(r => r.VictimFears), s.VictimFears, granted),
            Field("Professional judgement", CategoryOf<Referral>(r => r.ProfessionalJudgement), DisplayText.YesNo(s.ProfessionalJudgement), granted),
            Text("Reasons for professional judgement", CategoryOf<Referral>(r => r.ProfessionalJudgementReasons), s.ProfessionalJudgementReasons, granted),
            Field("Potential escalation", CategoryOf<Referral>(r => r.PotentialEscalation), DisplayText.YesNo(s.PotentialEscalation), granted),
            Field("Incidents in the last 12 months", CategoryOf<Referral>(r => r.IncidentsInLast12Months), s.IncidentsInLast12Months?.ToString(CultureInfo.InvariantCulture), granted),
            Field("Flags", CategoryOf<Referral>(r => r.Flags), DisplayText.Enum(s.Flags), granted),
        };
        fields.AddRange(s.RiskAnswers.Where(a => !string.IsNullOrWhiteSpace(a.Comment)).Select(a =>
            Text($"Checklist question {a.QuestionNumber} ({DisplayText.Enum(a.Answer)})", CategoryOf<RiskAnswer>(x => x.Comment), a.Comment, granted)));
        return fields;
    }

    private List<SharedValue> ConsentAndSafety(CaseSummary s, CategorySet granted) =>
    [
        Field("Victim aware of the referral", CategoryOf<Referral>(r => r.VictimAwareOfReferral), DisplayText.Enum(s.VictimAwareOfReferral), granted),
        Field("Consent given", CategoryOf<Referral>(r => r.ConsentGiven), DisplayText.Enum(s.ConsentGiven), granted),
        Text("Why consent was not given", CategoryOf<Referral>(r => r.ConsentNotGivenReason), s.ConsentNotGivenReason, granted),
        Text("Decision to share without consent", CategoryOf<Referral>(r => r.SharingWithoutConsentDecision), s.SharingWithoutConsentDecision, granted),
        Text("Safe to talk to", CategoryOf<Referral>(r => r.SafeToTalkTo), s.SafeToTalkTo, granted),
        Text("Not safe to talk to", CategoryOf<Referral>(r => r.NotSafeToTalkTo), s.NotSafeToTalkTo, granted),
    ];

    private List<SharedValue> Research(ResearchSummary r)
    {
        var own = _viewerAgencyId == r.AgencyId;
        var granted = own ? CategorySet.Grantable : _access.Granted;
        var fields = new List<SharedValue>
        {
            Field("Answer", CategoryOf<ResearchReturn>(x => x.Answer), DisplayText.Enum(r.Answer), granted),
            Text("Facts shared", CategoryOf<ResearchReturn>(x => x.SharedFacts), r.SharedFacts, granted),
            Text("Opinion shared", CategoryOf<ResearchReturn>(x => x.SharedOpinion), r.SharedOpinion, granted),
        };
        if (own)
        {
            // Only the agency's own staff ever see what it decided not to share.
            fields.Add(new("Not shared, and why (your agency only)", DataCategory.OwnAgencyOnly, r.NotSharedNote, false));
        }
        return fields;
    }

    private List<SharedValue> Hearing(HearingSummary h) =>
    [
        Field("Outcome", CategoryOf<AgendaItem>(i => i.Status), DisplayText.Enum(h.Status), _access.Granted),
        Text("Reason", CategoryOf<AgendaItem>(i => i.StatusReason), h.StatusReason, _access.Granted),
        Text("Information shared", CategoryOf<AgendaItem>(i => i.InformationSummary), h.InformationSummary, _access.Granted),
        Text("Risk summary", CategoryOf<AgendaItem>(i => i.RiskSummary), h.RiskSummary, _access.Granted),
    ];

    private List<SharedValue> Action(ActionSummary a) =>
    [
        Field("Agreed at", CategoryOf<MeetingAction>(x => x.MeetingId), DisplayText.Date(a.MeetingDate), _access.Granted),
        Field("For", CategoryOf<MeetingAction>(x => x.OwnerAgencyId), a.OwnerAgency, _access.Granted),
        Text("Action", CategoryOf<MeetingAction>(x => x.Description), a.Description, _access.Granted),
        Field("Due", CategoryOf<MeetingAction>(x => x.DueDate), DisplayText.Date(a.DueDate), _access.Granted),
        Field("Status", CategoryOf<MeetingAction>(x => x.Status), DisplayText.Enum(a.Status), _access.Granted),
        Text("Progress", CategoryOf<MeetingAction>(x => x.StatusNote), a.StatusNote, _access.Granted),
        Text("Linked risk", CategoryOf<MeetingAction>(x => x.LinkedRisk), a.LinkedRisk, _access.Granted),
    ];

    private SharedValue Field(string label, DataCategory category, string? value, CategorySet granted) =>
        Record(SharedText.Field(label, category, value, granted));

    private SharedValue Text(string label, DataCategory category, string? text, CategorySet granted) =>
        Record(SharedText.For(label, category, text, granted, _redactor));

    private SharedValue Withhold(string label, DataCategory category) => Record(new SharedValue(label, category, null, true));

    private SharedValue Record(SharedValue value)
    {
        (value.Withheld ? _withheld : _shown).Add(value.Category);
        return value;
    }
}
