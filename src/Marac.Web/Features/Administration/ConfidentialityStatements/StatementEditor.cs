using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration.ConfidentialityStatements;

/// <summary>
/// The versions of the confidentiality statement. A new version is added, never an old one changed: the
/// current statement is the highest number, and earlier versions stay readable because meetings record
/// which one was read. Adding is guarded by the number the administrator started from.
/// </summary>
public sealed class StatementEditor(MaracDbContext db, TimeProvider clock)
{
    public const int MaxLength = 4000;

    public async Task<IReadOnlyList<ConfidentialityStatement>> ListAsync(CancellationToken ct = default) =>
        await db.ConfidentialityStatements.AsNoTracking().OrderByDescending(s => s.Number).ToListAsync(ct);

    public Task<ConfidentialityStatement?> CurrentAsync(CancellationToken ct = default) =>
        db.ConfidentialityStatements.AsNoTracking().OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);

    public Task<ConfidentialityStatement?> FindAsync(int number, CancellationToken ct = default) =>
        db.ConfidentialityStatements.AsNoTracking().FirstOrDefaultAsync(s => s.Number == number, ct);

    /// <param name="basedOn">The number of the version that was current when the administrator started; 0 for none.</param>
    public async Task<AdminSaveResult> AddAsync(string? text, int basedOn, int? userId, CancellationToken ct = default)
    {
        var current = await CurrentAsync(ct);
        var errors = Check(text, current);
        if ((current?.Number ?? 0) != basedOn)
        {
            return AdminSaveResult.Conflict(errors);
        }
        if (errors.Count > 0)
        {
            return AdminSaveResult.Invalid(errors);
        }
        var statement = new ConfidentialityStatement
        {
            Number = basedOn + 1,
            Text = text!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = userId,
        };
        db.ConfidentialityStatements.Add(statement);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same number a moment ago: the unique index caught it.
            db.ChangeTracker.Clear();
            return AdminSaveResult.Conflict([]);
        }
        return AdminSaveResult.Saved(statement.Number);
    }

    private static List<FieldError> Check(string? text, ConfidentialityStatement? current)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return [new FieldError("Text", "Enter the text of the confidentiality statement")];
        }
        if (trimmed.Length > MaxLength)
        {
            return [new FieldError("Text", "The confidentiality statement must be 4,000 characters or fewer")];
        }
        if (current is not null && string.Equals(trimmed, current.Text.Trim(), StringComparison.Ordinal))
        {
            return [new FieldError("Text", "Change the text: it is the same as the current version")];
        }
        return [];
    }
}
