using Marac.Data;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;
using Marac.Web.Tests.Infrastructure;
using Marac.Web.Features.Referrals;
using Marac.Web.Tests.LiveMeeting;
using Microsoft.EntityFrameworkCore;
using static Marac.Sharing.Categories.DataCategory;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// A case whose every free-text and identifying field holds its own marker string, listed on a published
/// agenda that invites housing, with an earlier deferral, a police research return and a police action.
/// Each marker says which categories a viewer needs to see it; a null set means no agency ever sees it
/// (another agency's private note, and the coordinators' own records about the case).
/// </summary>
public sealed class MarkedCase
{
    public static readonly IReadOnlyDictionary<string, CategorySet?> Markers = new Dictionary<string, CategorySet?>
    {
        ["ZQXREFERENCE"] = Need(CaseManagement),
        ["ZQXREFERRERNAME"] = Need(CaseManagement),
        ["ZQXREFERRERPHONE"] = Need(CaseManagement),
        ["ZQXREFERREREMAIL"] = Need(CaseManagement),
        ["ZQXPREVIOUSMARAC"] = Need(CaseManagement),
        ["ZQXCONSENTREASON"] = Need(CaseManagement),
        ["ZQXSHARINGDECISION"] = Need(CaseManagement),
        ["ZQXDEFERREASON"] = Need(CaseManagement),
        ["ZQXACTIONTEXT"] = Need(CaseManagement),
        ["ZQXACTIONNOTE"] = Need(CaseManagement),
        ["ZQXVICTIMGIVEN"] = Need(Identity),
        ["ZQXVICTIMFAMILY"] = Need(Identity),
        ["ZQXVICTIMALIAS"] = Need(Identity),
        ["13 February 1971"] = Need(Identity),
        ["ZQXVICTIMLANGUAGE"] = Need(Identity),
        ["ZQXIMMIGRATION"] = Need(Identity),
        ["ZQXPERPGIVEN"] = Need(Identity),
        ["ZQXPERPFAMILY"] = Need(Identity),
        ["ZQXPERPRELATION"] = Need(Identity),
        ["21 June 1968"] = Need(Identity),
        ["ZQXCHILDGIVEN"] = Need(Identity, Children),
        ["ZQXCHILDFAMILY"] = Need(Identity, Children),
        ["5 September 2019"] = Need(Identity, Children),
        ["ZQXCHILDTOVICTIM"] = Need(Children),
        ["ZQXCHILDTOPERP"] = Need(Children),
        ["ZQXCHILDSCHOOL"] = Need(Children),
        ["ZQXRISKNARRATIVE"] = Need(Risk),
        ["ZQXVICTIMFEARS"] = Need(Risk),
        ["ZQXJUDGEMENTREASONS"] = Need(Risk),
        ["ZQXRISKCOMMENT"] = Need(Risk),
        ["ZQXPOLICEFACTS"] = Need(Risk),
        ["ZQXPOLICEOPINION"] = Need(Risk),
        ["ZQXINFOSUMMARY"] = Need(Risk),
        ["ZQXRISKSUMMARY"] = Need(Risk),
        ["ZQXLINKEDRISK"] = Need(Risk),
        ["ZQXVICTIMADDRESS"] = Need(LocationAndSafetyContacts),
        ["ZQXPCODEAB"] = Need(LocationAndSafetyContacts),
        ["ZQXVICTIMPHONE"] = Need(LocationAndSafetyContacts),
        ["ZQXSAFETIMES"] = Need(LocationAndSafetyContacts),
        ["ZQXSAFETOTALKTO"] = Need(LocationAndSafetyContacts),
        ["ZQXNOTSAFETOTALKTO"] = Need(LocationAndSafetyContacts),
        ["ZQXPOLICEPRIVATE"] = null,
        ["ZQXLEGALHOLD"] = null,
        ["ZQXADDEDREASON"] = null,
        ["ZQXGRANTREASON"] = null,
        ["ZQXEXCLUSIONREASON"] = null,
    };

    public int ReferralId { get; private init; }
    public int MeetingId { get; private init; }
    public int ItemId { get; private init; }
    public int GrantId { get; private init; }
    public Guid ActionId { get; private init; }
    public int HousingUserId { get; private init; }

    private static CategorySet? Need(params DataCategory[] categories) => CategorySet.Of(categories);

    public static async Task<MarkedCase> CreateAsync(MaracWebFactory app)
    {
        var housing = await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId);
        var health = await app.StaffAsync(DemoPartnership.HealthRepresentativeObjectId);
        var police = (await app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId)).AgencyId!.Value;
        var idva = (await app.StaffAsync(DemoPartnership.IdvaRepresentativeObjectId)).AgencyId!.Value;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = UkTime.Today(app.Clock);
        return await app.WithDbAsync(async db =>
        {
            var instrument = await db.RiskInstruments.FirstAsync(i => i.IsCurrent);
            var basis = await db.LawfulBases.FirstAsync();
            var referral = Referral(idva, instrument.Id, today, now);
            var earlier = Meeting(today.AddDays(-40), MeetingStatus.Concluded, [police, idva], now);
            var current = Meeting(today.AddDays(9), MeetingStatus.Published, [police, idva, housing.AgencyId!.Value], now);
            db.AddRange(referral, earlier, current);
            await db.SaveChangesAsync();
            db.AgendaItems.Add(new AgendaItem
            {
                MeetingId = earlier.Id, ReferralId = referral.Id, Section = AgendaSection.CasesWithChildren, Status = AgendaItemStatus.Deferred,
                StatusReason = "ZQXDEFERREASON", InformationSummary = "ZQXINFOSUMMARY", RiskSummary = "ZQXRISKSUMMARY", AddedReason = "ZQXADDEDREASON",
            });
            var item = new AgendaItem { MeetingId = current.Id, ReferralId = referral.Id, Section = AgendaSection.CasesWithChildren, Order = 1 };
            db.AgendaItems.Add(item);
            db.ResearchReturns.Add(new ResearchReturn
            {
                MeetingId = current.Id, ReferralId = referral.Id, AgencyId = police, Answer = ResearchAnswer.HoldsInformation, RecordedAt = now,
                SharedFacts = "ZQXPOLICEFACTS", SharedOpinion = "ZQXPOLICEOPINION", NotSharedNote = "ZQXPOLICEPRIVATE",
            });
            var action = new MeetingAction
            {
                Id = Guid.NewGuid(), MeetingId = earlier.Id, ReferralId = referral.Id, OwnerAgencyId = police, Description = "ZQXACTIONTEXT",
                StatusNote = "ZQXACTIONNOTE", LinkedRisk = "ZQXLINKEDRISK", DueDate = today.AddDays(-5), Status = MeetingActionStatus.Open, RecordedAt = now,
            };
            db.MeetingActions.Add(action);
            var grant = new AccessGrant
            {
                AgencyId = housing.AgencyId, MeetingId = current.Id, Purpose = "Preparing for the meeting", LawfulBasisId = basis.Id,
                Categories = 0, ValidFrom = now.AddDays(-1), ValidTo = now.AddDays(30), Origin = GrantOrigin.Coordinator, Reason = "ZQXGRANTREASON", GrantedAt = now,
            };
            db.AccessGrants.Add(grant);
            db.CaseExclusions.Add(new CaseExclusion { ReferralId = referral.Id, StaffUserId = health.Id, Reason = "ZQXEXCLUSIONREASON", RecordedAt = now });
            await db.SaveChangesAsync();
            return new MarkedCase
            {
                ReferralId = referral.Id, MeetingId = current.Id, ItemId = item.Id, GrantId = grant.Id, ActionId = action.Id, HousingUserId = housing.Id,
            };
        });
    }

    /// <summary>Each marker of <paramref name="markers"/> (all by default) that appears where it should not, or is missing where it should be.</summary>
    public static List<string> Compare(string text, Func<string, bool> expected, IEnumerable<string>? markers = null) =>
        (markers ?? Markers.Keys)
            .Where(marker => text.Contains(marker, StringComparison.Ordinal) != expected(marker))
            .Select(marker => $"{marker}: {(expected(marker) ? "expected but missing" : "leaked")}")
            .ToList();

    /// <summary>Log entries holding any marker (at most three).</summary>
    public static List<string> MarkersInLogs(MaracWebFactory app) =>
        app.Logs.Entries.Where(l => Markers.Keys.Any(m => l.Text.Contains(m, StringComparison.Ordinal))).Select(l => l.ToString()).Take(3).ToList();

    /// <summary>What a grant variant of the no-leak tests gives housing: the categories, and whether the case is shown at all.</summary>
    public static (CategorySet Granted, bool SeesAnything) Variant(string variant) =>
    (
        variant switch
        {
            "no grant" or "no categories" => CategorySet.None,
            "all categories" or "expired" or "revoked" or "excluded" => CategorySet.Grantable,
            _ => CategorySet.Of(Enum.Parse<DataCategory>(variant)),
        },
        variant is not ("no grant" or "expired" or "revoked" or "excluded")
    );

    public Task ApplyVariantAsync(MaracWebFactory app, string variant) =>
        SetHousingGrantAsync(app, Variant(variant).Granted, expired: variant is "expired" or "no grant", revoked: variant == "revoked", excluded: variant == "excluded");

    /// <summary>
    /// Whether housing, under this variant, may see a marker: the policy row of an invited agency's representative
    /// (docs/sharing-policy.md, held to the table by SharingPolicyDocumentTests) applied to the variant's grant.
    /// </summary>
    public static bool HousingMaySee(string variant, string marker) =>
        Variant(variant) is { SeesAnything: true, Granted: var granted }
        && Markers[marker] is { } needed
        && needed.IsSubsetOf(SharingPolicy.For(Audience.InvitedRepresentative).WhileGranted.CaseCategories(granted));

    /// <summary>Whether a viewer whose policy cell gives <paramref name="allowed"/> may see a marker.</summary>
    public static bool MaySee(CategorySet allowed, string marker) => Markers[marker] is { } needed && needed.IsSubsetOf(allowed);

    /// <summary>The fields of the referral form: what "their referral as submitted" shows the referring person.</summary>
    public static readonly IReadOnlySet<string> FormMarkers = new HashSet<string>
    {
        "ZQXREFERENCE", "ZQXREFERRERNAME", "ZQXREFERRERPHONE", "ZQXREFERREREMAIL", "ZQXPREVIOUSMARAC", "ZQXCONSENTREASON", "ZQXSHARINGDECISION",
        "ZQXVICTIMGIVEN", "ZQXVICTIMFAMILY", "ZQXVICTIMALIAS", "13 February 1971", "ZQXVICTIMLANGUAGE", "ZQXIMMIGRATION",
        "ZQXPERPGIVEN", "ZQXPERPFAMILY", "ZQXPERPRELATION", "21 June 1968",
        "ZQXCHILDGIVEN", "ZQXCHILDFAMILY", "5 September 2019", "ZQXCHILDTOVICTIM", "ZQXCHILDTOPERP", "ZQXCHILDSCHOOL",
        "ZQXRISKNARRATIVE", "ZQXVICTIMFEARS", "ZQXJUDGEMENTREASONS", "ZQXRISKCOMMENT",
        "ZQXVICTIMADDRESS", "ZQXPCODEAB", "ZQXVICTIMPHONE", "ZQXSAFETIMES", "ZQXSAFETOTALKTO", "ZQXNOTSAFETOTALKTO",
    };


    /// <summary>The audiences whose membership comes from a grant: only they can be in the "while granted" phase.</summary>
    public static readonly IReadOnlySet<Audience> GrantHolders = new HashSet<Audience> { Audience.InvitedRepresentative, Audience.IdvaHoldingCase, Audience.NamedRepresentative };

    /// <summary>Whether a policy cell lets its audience see a marker: the referral form's fields for "as submitted", else the cell's categories.</summary>
    public static bool RowMaySee(Allowance cell, string marker) => cell.Kind == AllowanceKind.AsSubmitted
        ? FormMarkers.Contains(marker)
        : MaySee(cell.CaseCategories(CategorySet.Grantable), marker);

    /// <summary>
    /// The markers a row's test holds to the cell: for a coordinator the coordinators' own records are theirs to see
    /// or not; a police viewer who may see the case may see police's own research note.
    /// </summary>
    public static IEnumerable<string> CheckedFor(Audience audience, PolicyViewer viewer, Allowance cell) =>
        Markers.Keys.Where(m => audience != Audience.Coordinator || m == "ZQXPOLICEPRIVATE" || Markers[m] is not null)
            .Where(m => !(m == "ZQXPOLICEPRIVATE" && viewer.IsPolice && cell.Kind != AllowanceKind.Nothing));

    /// <summary>The case accepted, with one demo user in the row (through a live grant where the row holds grants), and the row's cell.</summary>
    public async Task<(PolicyViewer Viewer, Allowance Cell)> ArrangeAcceptedRowAsync(MaracWebFactory app, Audience audience)
    {
        var phase = GrantHolders.Contains(audience) ? CasePhase.WhileGranted : CasePhase.AfterGrantEnds;
        return (await ArrangeRowAsync(app, audience, phase), SharingPolicy.For(audience).At(phase));
    }

    /// <summary>
    /// What is wrong with a shared record (hub frames, minutes) as this row read it: a marker beyond what the cell allows of
    /// what the record <paramref name="carries"/> (never Location and safety contacts), or, for those who
    /// <paramref name="attend"/>, one of those missing.
    /// </summary>
    public static List<string> SharedRecordProblems(string text, Audience audience, PolicyViewer viewer, Allowance cell, IReadOnlySet<string> carries, bool attend)
    {
        var allowed = SharingPolicy.OnSharedRecord(cell.CaseCategories(CategorySet.Grantable));
        bool Expected(string marker) => carries.Contains(marker) && MaySee(allowed, marker);
        return Compare(text, Expected, CheckedFor(audience, viewer, cell).Where(m => attend || !Expected(m)));
    }

    /// <summary>A police viewer (the demo chair) may see their own agency's research note, never another's.</summary>
    public sealed record PolicyViewer(Guid ObjectId, int UserId, string Email, bool IsPolice);

    /// <summary>Resets the marked case, then makes one demo user a member of <paramref name="audience"/> at <paramref name="phase"/>.</summary>
    public async Task<PolicyViewer> ArrangeRowAsync(MaracWebFactory app, Audience audience, CasePhase phase)
    {
        var objectId = audience switch
        {
            Audience.Coordinator => DemoPartnership.CoordinatorObjectId,
            Audience.Chair => DemoPartnership.ChairObjectId,
            Audience.InvitedRepresentative or Audience.ProposedJointAgency => DemoPartnership.HousingRepresentativeObjectId,
            Audience.IdvaHoldingCase or Audience.ReferringAgencyStaff => DemoPartnership.IdvaRepresentativeObjectId,
            Audience.NamedRepresentative => DemoPartnership.ChildrensServicesRepresentativeObjectId,
            Audience.ReferringPerson => DemoPartnership.PoliceReferrerObjectId,
            Audience.PartnershipLead => DemoPartnership.PartnershipLeadObjectId,
            _ => DemoPartnership.AdministratorObjectId,
        };
        var user = await app.StaffAsync(objectId);
        var idva = (await app.StaffAsync(DemoPartnership.IdvaRepresentativeObjectId)).AgencyId!.Value;
        var housing = (await app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId)).AgencyId!.Value;
        var grantLive = phase != CasePhase.AfterGrantEnds;
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var referral = await db.Referrals.Include(r => r.ReferringAgencies).Include(r => r.Victim).ThenInclude(p => p.Aliases)
                .Include(r => r.Perpetrators).ThenInclude(p => p.Person).Include(r => r.Children).ThenInclude(c => c.Person)
                .Include(r => r.RiskAssessment).ThenInclude(a => a!.Answers).SingleAsync(r => r.Id == ReferralId);
            referral.Status = phase == CasePhase.BeforeAcceptance ? ReferralStatus.Submitted : ReferralStatus.Accepted;
            referral.CreatedByUserId = audience == Audience.ReferringPerson ? user.Id : null;
            referral.ReferringAgencies.RemoveAll(a => a.AgencyId != idva);
            if (audience == Audience.ProposedJointAgency)
            {
                referral.ReferringAgencies.Add(new ReferralAgency { AgencyId = housing, IsProposed = true });
            }
            SubmittedSnapshot.Take(referral);

            var meeting = await db.Meetings.SingleAsync(m => m.Id == MeetingId);
            meeting.ChairUserId = audience == Audience.Chair ? user.Id : null;

            var housingGrant = await db.AccessGrants.SingleAsync(g => g.Id == GrantId);
            housingGrant.Categories = CategorySet.Grantable.Mask;
            housingGrant.RevokedAt = null;
            housingGrant.ValidTo = audience == Audience.InvitedRepresentative && grantLive ? now.AddDays(30) : now.AddMinutes(-1);
            db.CaseExclusions.RemoveRange(db.CaseExclusions.Where(e => e.ReferralId == ReferralId && e.StaffUserId == HousingUserId));

            db.AccessGrants.RemoveRange(db.AccessGrants.Where(g => g.Id != GrantId && (g.MeetingId == MeetingId || g.ReferralId == ReferralId)));
            var basis = housingGrant.LawfulBasisId;
            if (audience == Audience.IdvaHoldingCase)
            {
                db.AccessGrants.Add(Grant(basis, now, grantLive, agencyId: idva, meetingId: MeetingId));
            }
            if (audience == Audience.NamedRepresentative)
            {
                db.AccessGrants.Add(Grant(basis, now, grantLive, staffUserId: user.Id, referralId: ReferralId));
            }
            await db.SaveChangesAsync();
        });
        var police = (await app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId)).AgencyId;
        return new PolicyViewer(objectId, user.Id, user.Email, user.AgencyId == police);
    }

    private static AccessGrant Grant(int basis, DateTime now, bool live, int? agencyId = null, int? meetingId = null, int? staffUserId = null, int? referralId = null) => new()
    {
        AgencyId = agencyId, MeetingId = meetingId, StaffUserId = staffUserId, ReferralId = referralId, Purpose = "Safety planning",
        LawfulBasisId = basis, Categories = CategorySet.Grantable.Mask, ValidFrom = now.AddDays(-1), ValidTo = live ? now.AddDays(30) : now.AddMinutes(-1),
        Origin = GrantOrigin.Coordinator, Reason = "ZQXGRANTREASON", GrantedAt = now,
    };

    /// <summary>Opens the current meeting through its page and has the coordinator and housing agree to the statement.</summary>
    public async Task OpenLiveAsync(MaracWebFactory app)
    {
        using var coordinator = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);
        using var opened = await coordinator.SubmitFormAsync($"/meetings/{MeetingId}/live", [new("ConfirmEarlyOpen", "true")], "#open-meeting", "#open-meeting button");
        opened.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        await app.SignStatementAsync(MeetingId, DemoPartnership.CoordinatorObjectId);
        await app.SignStatementAsync(MeetingId, DemoPartnership.HousingRepresentativeObjectId);
    }

    /// <summary>
    /// The current meeting heard the case and concluded, with its information and risk summaries (the risk summary
    /// also naming a place and a phone number), a police action, and minutes issued.
    /// </summary>
    public Task ConcludeWithIssuedMinutesAsync(MaracWebFactory app, string riskSummary) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var police = (await db.MeetingActions.SingleAsync(a => a.Id == ActionId)).OwnerAgencyId;
            var item = await db.AgendaItems.SingleAsync(i => i.Id == ItemId);
            (item.Status, item.InformationSummary, item.RiskSummary) = (AgendaItemStatus.Heard, "ZQXINFOSUMMARY", riskSummary);
            db.MeetingActions.Add(new MeetingAction
            {
                Id = Guid.NewGuid(), MeetingId = MeetingId, ReferralId = ReferralId, OwnerAgencyId = police, Description = "ZQXACTIONTEXT",
                LinkedRisk = "ZQXLINKEDRISK", DueDate = UkTime.Today(app.Clock).AddDays(14), Status = MeetingActionStatus.Open, RecordedAt = now,
            });
            var meeting = await db.Meetings.SingleAsync(m => m.Id == MeetingId);
            (meeting.Status, meeting.OpenedAt, meeting.ConcludedAt) = (MeetingStatus.Concluded, now.AddHours(-3), now.AddHours(-1));
            db.MeetingMinutes.Add(new MeetingMinutes
            {
                MeetingId = MeetingId, Number = 1, Status = MinutesStatus.Issued, CreatedAt = now, ApprovedAt = now, IssuedAt = now, IssueBy = UkTime.Today(app.Clock).AddDays(3),
            });
            await db.SaveChangesAsync();
        });

    public Task SetHousingGrantAsync(MaracWebFactory app, CategorySet categories, bool expired = false, bool revoked = false, bool excluded = false) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var grant = await db.AccessGrants.SingleAsync(g => g.Id == GrantId);
            grant.Categories = categories.Mask;
            grant.ValidTo = expired ? now.AddMinutes(-1) : now.AddDays(30);
            grant.RevokedAt = revoked ? now.AddMinutes(-1) : null;
            var exclusions = await db.CaseExclusions.Where(e => e.ReferralId == ReferralId && e.StaffUserId == HousingUserId).ToListAsync();
            db.CaseExclusions.RemoveRange(exclusions);
            if (excluded)
            {
                db.CaseExclusions.Add(new CaseExclusion { ReferralId = ReferralId, StaffUserId = HousingUserId, Reason = "ZQXEXCLUSIONREASON", RecordedAt = now });
            }
            await db.SaveChangesAsync();
        });

    private static Referral Referral(int idva, int instrumentId, DateOnly today, DateTime now) => new()
    {
        Reference = "ZQXREFERENCE", Status = ReferralStatus.Accepted, ReferralDate = today.AddDays(-50), CreatedAt = now, SubmittedAt = now,
        SubmissionToken = Guid.NewGuid(), ReferrerName = "ZQXREFERRERNAME", ReferrerPhone = "ZQXREFERRERPHONE", ReferrerEmail = "ZQXREFERREREMAIL",
        ReferringAgencies = [new ReferralAgency { AgencyId = idva }],
        Victim = new Person
        {
            GivenName = "ZQXVICTIMGIVEN", FamilyName = "ZQXVICTIMFAMILY", DateOfBirth = new DateOnly(1971, 2, 13), Gender = Gender.Female,
            PreferredLanguage = "ZQXVICTIMLANGUAGE", ImmigrationStatus = "ZQXIMMIGRATION", Address = "ZQXVICTIMADDRESS", Postcode = "ZQXPCODEAB",
            Phone = "ZQXVICTIMPHONE", SafeTimesToCall = "ZQXSAFETIMES", Aliases = [new PersonAlias { Name = "ZQXVICTIMALIAS" }],
        },
        Perpetrators = [new ReferralPerpetrator { Person = new Person { GivenName = "ZQXPERPGIVEN", FamilyName = "ZQXPERPFAMILY", DateOfBirth = new DateOnly(1968, 6, 21) }, RelationshipToVictim = "ZQXPERPRELATION" }],
        Children = [new ReferralChild
        {
            Person = new Person { GivenName = "ZQXCHILDGIVEN", FamilyName = "ZQXCHILDFAMILY", DateOfBirth = new DateOnly(2019, 9, 5) },
            RelationshipToVictim = "ZQXCHILDTOVICTIM", RelationshipToPerpetrator = "ZQXCHILDTOPERP", School = "ZQXCHILDSCHOOL",
        }],
        RiskAssessment = new RiskAssessment
        {
            RiskInstrumentId = instrumentId, Score = 15, Band = RiskBand.High,
            Answers = [new RiskAnswer { QuestionNumber = 1, Answer = YesNoNotKnown.Yes, Comment = "ZQXRISKCOMMENT" }],
        },
        ProfessionalJudgement = true, ProfessionalJudgementReasons = "ZQXJUDGEMENTREASONS", RiskNarrative = "ZQXRISKNARRATIVE", VictimFears = "ZQXVICTIMFEARS",
        ConsentGiven = YesNoNotKnown.No, ConsentNotGivenReason = "ZQXCONSENTREASON", SharingWithoutConsentDecision = "ZQXSHARINGDECISION",
        SafeToTalkTo = "ZQXSAFETOTALKTO", NotSafeToTalkTo = "ZQXNOTSAFETOTALKTO", PreviousOtherMarac = "ZQXPREVIOUSMARAC", LegalHoldReason = "ZQXLEGALHOLD",
    };

    private static Meeting Meeting(DateOnly date, MeetingStatus status, int[] invited, DateTime now) => new()
    {
        StartsAt = date.ToDateTime(new TimeOnly(10, 0)), Status = status, FirstPublishedAt = now, LastPublishedAt = now, Venue = "Council House",
        InvitedAgencies = invited.Select(a => new MeetingAgency { AgencyId = a, Reason = InvitationReason.CoreMember }).ToList(),
    };
}
