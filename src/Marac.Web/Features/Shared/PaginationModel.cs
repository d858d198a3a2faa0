namespace Marac.Web.Features.Shared;

/// <summary>
/// The model of <c>_Pagination.cshtml</c>. Pages are chosen with submit buttons that post the search
/// form <see cref="FormId"/> again with <see cref="PageFieldName"/> set, because search criteria
/// (names, dates of birth) must never appear in a URL.
/// </summary>
/// <param name="CurrentPage">1-based.</param>
/// <param name="TotalPages">Nothing is shown when there is one page or none.</param>
/// <param name="FormId">The id of the form holding the search criteria; the buttons can sit outside it.</param>
/// <param name="PageFieldName">The name of the posted page number (bind it as an int on the page model).</param>
public sealed record PaginationModel(int CurrentPage, int TotalPages, string FormId, string PageFieldName = "page")
{
    /// <summary>The page handler to post to, when the form's own action is not the one that searches.</summary>
    public string? Handler { get; init; }

    public bool HasPrevious => CurrentPage > 1;

    public bool HasNext => CurrentPage < TotalPages;

    /// <summary>
    /// The page numbers to show, GOV.UK style: the first, the last, the current one and its neighbours,
    /// with null for an ellipsis where two or more pages are left out.
    /// </summary>
    public IReadOnlyList<int?> Pages()
    {
        var shown = new SortedSet<int> { 1, TotalPages, CurrentPage - 1, CurrentPage, CurrentPage + 1 };
        shown.RemoveWhere(p => p < 1 || p > TotalPages);
        var pages = new List<int?>();
        var previous = 0;
        foreach (var page in shown)
        {
            if (page - previous == 2)
            {
                pages.Add(previous + 1);
            }
            else if (page - previous > 2)
            {
                pages.Add(null);
            }
            pages.Add(page);
            previous = page;
        }
        return pages;
    }
}
