using Marac.Data;
using Marac.Sharing.Redaction;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

/// <summary>
/// The redactor for this partnership's sensitive place names. Building the pattern costs more than using
/// it, so one is kept and rebuilt only when the list in the settings changes.
/// </summary>
public sealed class PartnershipRedactor(IServiceScopeFactory scopes)
{
    private readonly Lock _gate = new();
    private (string Places, TextRedactor Redactor)? _current;

    public async Task<TextRedactor> GetAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
        var places = await db.PartnershipSettings.AsNoTracking().Select(s => s.SensitivePlaceNames).FirstOrDefaultAsync(ct) ?? "";
        lock (_gate)
        {
            if (_current is not { } current || current.Places != places)
            {
                var names = places.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                _current = current = (places, new TextRedactor(names));
            }
            return current.Redactor;
        }
    }
}
