using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Sharing.Registers;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration.Agencies;

/// <summary>
/// The information-sharing part of the agency form: the lawful basis it relies on and its default sharing
/// profile. A new agency left without either gets what is usual for its SafeLives category.
/// </summary>
public sealed class AgencySharing(MaracDbContext db)
{
    public const string ChooseCategories = "Select the categories the agency receives when an agenda is published to it";
    public const string ChooseBasis = "Select the lawful basis the agency relies on";
    public const string BasisNotInRegister = "Select a lawful basis from the list";

    /// <summary>The register entries an administrator may choose: the active ones, and the one the agency already has.</summary>
    public async Task<IReadOnlyList<LawfulBasis>> ChoicesAsync(int? currentId, CancellationToken ct = default) =>
        await db.LawfulBases.AsNoTracking().Where(b => b.IsActive || b.Id == currentId).OrderBy(b => b.Name).ToListAsync(ct);

    public async Task<List<FieldError>> ValidateAsync(Agency? existing, AgencyForm form, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var current = existing?.LawfulBasisId;
        if (form.LawfulBasisId is { } basisId)
        {
            var allowed = await db.LawfulBases.AnyAsync(b => b.Id == basisId && (b.IsActive || b.Id == current), ct);
            if (!allowed)
            {
                errors.Add(new FieldError(nameof(AgencyForm.LawfulBasisId), BasisNotInRegister));
            }
        }
        else if (existing is not null)
        {
            errors.Add(new FieldError(nameof(AgencyForm.LawfulBasisId), ChooseBasis));
        }

        if (form.SharingProfile.Count == 0)
        {
            if (existing is not null)
            {
                errors.Add(new FieldError(nameof(AgencyForm.SharingProfile), ChooseCategories));
            }
        }
        else if (form.SourceCategory is { } kind)
        {
            var posted = form.SharingProfile.Aggregate(0, (mask, c) => mask | (1 << Math.Clamp((int)c, 0, 30)));
            errors.AddRange(SharingProfileRules.Check(kind, CategorySet.Of(form.SharingProfile), posted)
                .Select(p => new FieldError(nameof(AgencyForm.SharingProfile), p.Message)));
        }
        return errors;
    }

    public async Task ApplyAsync(AgencyForm form, Agency agency, CancellationToken ct)
    {
        var kind = form.SourceCategory!.Value;
        agency.SharingProfile = form.SharingProfile.Count == 0
            ? SharingProfiles.DefaultFor(kind).Mask
            : CategorySet.Of(form.SharingProfile).Mask;
        agency.LawfulBasisId = form.LawfulBasisId ?? await UsualBasisAsync(kind, ct);
    }

    private async Task<int?> UsualBasisAsync(ReferralSource kind, CancellationToken ct)
    {
        var name = DefaultLawfulBases.For(kind);
        return await db.LawfulBases.Where(b => b.Name == name && b.IsActive).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
    }
}
