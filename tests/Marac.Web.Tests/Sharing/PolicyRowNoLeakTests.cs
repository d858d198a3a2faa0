using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;
using Marac.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// The no-leak test generated from the policy table: for every row of <see cref="SharingPolicy"/> and every phase
/// of a case that row can be in, the marked case is arranged so that one demo user belongs to that row, and every
/// page and download (from the endpoint table), their notifications and their e-mails after a correction, and
/// the log are read as that user. Exactly the markers the row's cell allows may appear.
/// </summary>
public sealed class PolicyRowNoLeakTests : IClassFixture<NoLeakTests.MarkedCaseApp>, IAsyncLifetime
{
    /// <summary>The fields of the referral form: what "their referral as submitted" shows the referring person.</summary>
    private static readonly HashSet<string> FormMarkers =
    [
        "ZQXREFERENCE", "ZQXREFERRERNAME", "ZQXREFERRERPHONE", "ZQXREFERREREMAIL", "ZQXPREVIOUSMARAC", "ZQXCONSENTREASON", "ZQXSHARINGDECISION",
        "ZQXVICTIMGIVEN", "ZQXVICTIMFAMILY", "ZQXVICTIMALIAS", "13 February 1971", "ZQXVICTIMLANGUAGE", "ZQXIMMIGRATION",
        "ZQXPERPGIVEN", "ZQXPERPFAMILY", "ZQXPERPRELATION", "21 June 1968",
        "ZQXCHILDGIVEN", "ZQXCHILDFAMILY", "5 September 2019", "ZQXCHILDTOVICTIM", "ZQXCHILDTOPERP", "ZQXCHILDSCHOOL",
        "ZQXRISKNARRATIVE", "ZQXVICTIMFEARS", "ZQXJUDGEMENTREASONS", "ZQXRISKCOMMENT",
        "ZQXVICTIMADDRESS", "ZQXPCODEAB", "ZQXVICTIMPHONE", "ZQXSAFETIMES", "ZQXSAFETOTALKTO", "ZQXNOTSAFETOTALKTO",
    ];

    /// <summary>The audiences whose membership comes from a grant: only they can be in the "while granted" phase.</summary>
    private static readonly HashSet<Audience> GrantHolders = [Audience.InvitedRepresentative, Audience.IdvaHoldingCase, Audience.NamedRepresentative];

    private readonly NoLeakTests.MarkedCaseApp _app;
    private MarkedCase _case = null!;

    public PolicyRowNoLeakTests(NoLeakTests.MarkedCaseApp app) => _app = app;

    public async Task InitializeAsync() => _case = await _app.CaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<Audience, CasePhase> RowsAndPhases()
    {
        var data = new TheoryData<Audience, CasePhase>();
        foreach (var row in SharingPolicy.Rows)
        {
            foreach (var phase in Enum.GetValues<CasePhase>().Where(p => p != CasePhase.WhileGranted || GrantHolders.Contains(row.Who)))
            {
                data.Add(row.Who, phase);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RowsAndPhases))]
    public async Task Each_policy_row_sees_exactly_the_markers_its_cell_allows(Audience audience, CasePhase phase)
    {
        var viewer = await ArrangeAsync(audience, phase);
        var cell = SharingPolicy.For(audience).At(phase);
        var before = MailFiles().ToHashSet();

        var text = await Surfaces.ReadAllAsync(_app, _case, viewer.ObjectId);
        var mail = await CorrectionMailAsync(viewer, before);

        bool Expected(string marker) => cell.Kind == AllowanceKind.AsSubmitted
            ? FormMarkers.Contains(marker)
            : MarkedCase.MaySee(cell.CaseCategories(CategorySet.Grantable), marker);
        var checkedMarkers = MarkedCase.Markers.Keys.Where(m => audience != Audience.Coordinator || m == "ZQXPOLICEPRIVATE" || MarkedCase.Markers[m] is not null)
            .Where(m => !(m == "ZQXPOLICEPRIVATE" && viewer.IsPolice && cell.Kind != AllowanceKind.Nothing));
        var where = string.Join(" | ", text.Split("\n/").Where(part => MarkedCase.Markers.Keys.Any(m => !Expected(m) && part.Contains(m, StringComparison.Ordinal))).Select(part => part.Split('\n')[0]));
        MarkedCase.Compare(text, Expected, checkedMarkers).ShouldBeEmpty($"{audience} {phase}: {cell.Describe()}; leaked on {where}");
        MarkedCase.Markers.Keys.Where(m => !Expected(m) && mail.Contains(m, StringComparison.Ordinal)).ShouldBeEmpty("e-mails and notifications");
        MarkedCase.MarkersInLogs(_app).ShouldBeEmpty();
    }

    [Fact]
    public void An_audience_that_holds_no_grant_sees_the_same_once_accepted_whether_or_not_any_grant_is_live()
    {
        foreach (var row in SharingPolicy.Rows.Where(r => !GrantHolders.Contains(r.Who)))
        {
            row.WhileGranted.ShouldBe(row.AfterGrantEnds, row.Label);
        }
    }

    /// <summary>A police viewer (the demo chair) may see their own agency's research note, never another's.</summary>
    private sealed record Viewer(Guid ObjectId, int UserId, string Email, bool IsPolice);

    /// <summary>Resets the marked case, then makes one demo user a member of <paramref name="audience"/> at <paramref name="phase"/>.</summary>
    private async Task<Viewer> ArrangeAsync(Audience audience, CasePhase phase)
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
        var user = await _app.StaffAsync(objectId);
        var idva = (await _app.StaffAsync(DemoPartnership.IdvaRepresentativeObjectId)).AgencyId!.Value;
        var housing = (await _app.StaffAsync(DemoPartnership.HousingRepresentativeObjectId)).AgencyId!.Value;
        var grantLive = phase != CasePhase.AfterGrantEnds;
        await _app.WithDbAsync(async db =>
        {
            var now = _app.Clock.GetUtcNow().UtcDateTime;
            var referral = await db.Referrals.Include(r => r.ReferringAgencies).Include(r => r.Victim).ThenInclude(p => p.Aliases)
                .Include(r => r.Perpetrators).ThenInclude(p => p.Person).Include(r => r.Children).ThenInclude(c => c.Person)
                .Include(r => r.RiskAssessment).ThenInclude(a => a!.Answers).SingleAsync(r => r.Id == _case.ReferralId);
            referral.Status = phase == CasePhase.BeforeAcceptance ? ReferralStatus.Submitted : ReferralStatus.Accepted;
            referral.CreatedByUserId = audience == Audience.ReferringPerson ? user.Id : null;
            referral.ReferringAgencies.RemoveAll(a => a.AgencyId != idva);
            if (audience == Audience.ProposedJointAgency)
            {
                referral.ReferringAgencies.Add(new ReferralAgency { AgencyId = housing, IsProposed = true });
            }
            SubmittedSnapshot.Take(referral);

            var meeting = await db.Meetings.SingleAsync(m => m.Id == _case.MeetingId);
            meeting.ChairUserId = audience == Audience.Chair ? user.Id : null;

            var housingGrant = await db.AccessGrants.SingleAsync(g => g.Id == _case.GrantId);
            housingGrant.Categories = CategorySet.Grantable.Mask;
            housingGrant.RevokedAt = null;
            housingGrant.ValidTo = audience == Audience.InvitedRepresentative && grantLive ? now.AddDays(30) : now.AddMinutes(-1);
            db.CaseExclusions.RemoveRange(db.CaseExclusions.Where(e => e.ReferralId == _case.ReferralId && e.StaffUserId == _case.HousingUserId));

            db.AccessGrants.RemoveRange(db.AccessGrants.Where(g => g.Id != _case.GrantId && (g.MeetingId == _case.MeetingId || g.ReferralId == _case.ReferralId)));
            var basis = housingGrant.LawfulBasisId;
            if (audience == Audience.IdvaHoldingCase)
            {
                db.AccessGrants.Add(Grant(basis, now, grantLive, agencyId: idva, meetingId: _case.MeetingId));
            }
            if (audience == Audience.NamedRepresentative)
            {
                db.AccessGrants.Add(Grant(basis, now, grantLive, staffUserId: user.Id, referralId: _case.ReferralId));
            }
            await db.SaveChangesAsync();
        });
        var police = (await _app.StaffAsync(DemoPartnership.PoliceRepresentativeObjectId)).AgencyId;
        return new Viewer(objectId, user.Id, user.Email, user.AgencyId == police);
    }

    private static AccessGrant Grant(int basis, DateTime now, bool live, int? agencyId = null, int? meetingId = null, int? staffUserId = null, int? referralId = null) => new()
    {
        AgencyId = agencyId, MeetingId = meetingId, StaffUserId = staffUserId, ReferralId = referralId, Purpose = "Safety planning",
        LawfulBasisId = basis, Categories = CategorySet.Grantable.Mask, ValidFrom = now.AddDays(-1), ValidTo = live ? now.AddDays(30) : now.AddMinutes(-1),
        Origin = GrantOrigin.Coordinator, Reason = "ZQXGRANTREASON", GrantedAt = now,
    };

    /// <summary>
    /// The coordinator corrects the case: everyone who read it is told. The viewer's notifications page and the
    /// e-mails addressed to them since <paramref name="before"/>, as text.
    /// </summary>
    private async Task<string> CorrectionMailAsync(Viewer viewer, HashSet<string> before)
    {
        var coordinator = await _app.StaffAsync(DemoPartnership.CoordinatorObjectId);
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CorrectionNotices>().TellViewersAsync(_case.ReferralId, coordinator.Id, "http://localhost:5080/");
        }
        using var client = _app.CreateClientAs(viewer.ObjectId);
        var notifications = await (await client.GetAsync("/notifications")).Content.ReadAsStringAsync();
        var mails = MailFiles().Where(f => !before.Contains(f)).Select(File.ReadAllText).Where(m => m.Contains(viewer.Email, StringComparison.OrdinalIgnoreCase));
        return string.Join('\n', mails.Prepend(notifications));
    }

    private IEnumerable<string> MailFiles() =>
        Directory.Exists(_app.MailFolder) ? Directory.EnumerateFiles(_app.MailFolder, "*.eml", SearchOption.AllDirectories) : [];
}
