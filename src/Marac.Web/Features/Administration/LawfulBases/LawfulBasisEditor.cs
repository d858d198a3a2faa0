using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Registers;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration.LawfulBases;

/// <summary>
/// Adds and changes entries of the lawful-basis register, with the register's rules
/// (<see cref="LawfulBasisRules"/>), unique names and optimistic concurrency on <see cref="LawfulBasis.Version"/>.
/// Saves are audited by <see cref="MaracDbContext"/>.
/// </summary>
public sealed class LawfulBasisEditor(MaracDbContext db)
{
    public Task<LawfulBasis?> FindAsync(int id, CancellationToken ct = default) =>
        db.LawfulBases.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);

    public async Task<IReadOnlyList<(LawfulBasis Basis, int Agencies)>> ListAsync(CancellationToken ct = default)
    {
        var bases = await db.LawfulBases.AsNoTracking().ToListAsync(ct);
        var used = await db.Agencies.Where(a => a.LawfulBasisId != null).GroupBy(a => a.LawfulBasisId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return bases.OrderByDescending(b => b.IsActive).ThenBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(b => (b, used.GetValueOrDefault(b.Id))).ToList();
    }

    public async Task<AdminSaveResult> SaveAsync(int? id, LawfulBasisForm form, bool bindingFailed, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        LawfulBasis? basis = null;
        if (id is { } existingId && (basis = await db.LawfulBases.FirstOrDefaultAsync(b => b.Id == existingId, ct)) is null)
        {
            return AdminSaveResult.NotFound;
        }
        var wanted = form.ToEntity();
        var errors = form.Kind is null ? new List<FieldError>() : LawfulBasisRules.Check(wanted).Select(p => new FieldError(p.Field, p.Message)).ToList();
        if (wanted.Name.Length > 0 && await NameTakenAsync(id, wanted.Name, ct))
        {
            errors.Insert(0, new FieldError(nameof(LawfulBasisForm.Name), $"There is already a lawful basis called {wanted.Name}. Enter a different name"));
        }
        if (basis is not null && form.Version != basis.Version)
        {
            return AdminSaveResult.Conflict(errors);
        }
        if (errors.Count > 0 || bindingFailed)
        {
            return AdminSaveResult.Invalid(errors);
        }
        if (basis is null)
        {
            basis = new LawfulBasis { Name = "" };
            db.LawfulBases.Add(basis);
        }
        else
        {
            db.Entry(basis).Property(b => b.Version).OriginalValue = form.Version!.Value;
        }
        Apply(wanted, basis);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdminSaveResult.Conflict([]);
        }
        return AdminSaveResult.Saved(basis.Id);
    }

    private async Task<bool> NameTakenAsync(int? id, string name, CancellationToken ct)
    {
        var names = await db.LawfulBases.AsNoTracking().Where(b => b.Id != id).Select(b => b.Name).ToListAsync(ct);
        return names.Any(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase));
    }

    private static void Apply(LawfulBasis from, LawfulBasis to)
    {
        to.Name = from.Name;
        to.Kind = from.Kind;
        to.Article6Basis = from.Article6Basis;
        to.Article9Condition = from.Article9Condition;
        to.Schedule1Condition = from.Schedule1Condition;
        to.Notes = from.Notes;
        to.IsActive = from.IsActive;
    }
}
