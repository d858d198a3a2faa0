using System.ComponentModel.DataAnnotations;
using Marac.Data.Entities;

using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Administration.LawfulBases;

/// <summary>What the lawful-basis form posts; kept as typed when the page is shown again.</summary>
public sealed class LawfulBasisForm
{
    public Guid? Version { get; set; }

    [Required(ErrorMessage = "Enter a name for the lawful basis")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    [SingleLine]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Select the kind of lawful basis")]
    public LawfulBasisKind? Kind { get; set; }

    [StringLength(200, ErrorMessage = "Article 6 basis must be 200 characters or fewer")]
    public string? Article6Basis { get; set; }

    [StringLength(200, ErrorMessage = "Article 9 condition must be 200 characters or fewer")]
    public string? Article9Condition { get; set; }

    [StringLength(200, ErrorMessage = "Schedule 1 condition must be 200 characters or fewer")]
    public string? Schedule1Condition { get; set; }

    [StringLength(4000, ErrorMessage = "Notes must be 4,000 characters or fewer")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "Select whether the lawful basis is in use")]
    public bool? IsActive { get; set; }

    public static IReadOnlyDictionary<string, string> BindingMessages { get; } = new Dictionary<string, string>
    {
        [nameof(Kind)] = "Select the kind of lawful basis from the list",
        [nameof(IsActive)] = "Select whether the lawful basis is in use",
    };

    public static LawfulBasisForm From(LawfulBasis basis) => new()
    {
        Version = basis.Version,
        Name = basis.Name,
        Kind = basis.Kind,
        Article6Basis = basis.Article6Basis,
        Article9Condition = basis.Article9Condition,
        Schedule1Condition = basis.Schedule1Condition,
        Notes = basis.Notes,
        IsActive = basis.IsActive,
    };

    /// <summary>The entry as it would be saved, for the register's rules.</summary>
    public LawfulBasis ToEntity() => new()
    {
        Name = Name?.Trim() ?? "",
        Kind = Kind ?? 0,
        Article6Basis = Clean(Article6Basis),
        Article9Condition = Clean(Article9Condition),
        Schedule1Condition = Clean(Schedule1Condition),
        Notes = Clean(Notes),
        IsActive = IsActive ?? true,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
