using System.Collections;

namespace Marac.Sharing.Categories;

/// <summary>
/// An immutable set of data categories, stored in the database as a bit set (bit n for category value n).
/// </summary>
public readonly record struct CategorySet : IEnumerable<DataCategory>
{
    public CategorySet(int mask) => Mask = mask & AllBits;

    public int Mask { get; }

    private static readonly int AllBits = Enum.GetValues<DataCategory>().Aggregate(0, (mask, c) => mask | Bit(c));

    public static CategorySet None => new(0);

    /// <summary>Every category that can be granted (all but <see cref="DataCategory.OwnAgencyOnly"/>).</summary>
    public static CategorySet Grantable => Of(Enum.GetValues<DataCategory>().Where(c => c != DataCategory.OwnAgencyOnly));

    public static CategorySet Of(params IEnumerable<DataCategory> categories) => new(categories.Aggregate(0, (mask, c) => mask | Bit(c)));

    public bool Contains(DataCategory category) => (Mask & Bit(category)) != 0;

    public bool IsEmpty => Mask == 0;

    public CategorySet With(DataCategory category) => new(Mask | Bit(category));

    public CategorySet Without(DataCategory category) => new(Mask & ~Bit(category));

    public CategorySet Union(CategorySet other) => new(Mask | other.Mask);

    public CategorySet Intersect(CategorySet other) => new(Mask & other.Mask);

    public bool IsSubsetOf(CategorySet other) => (Mask & ~other.Mask) == 0;

    public IEnumerator<DataCategory> GetEnumerator() =>
        Enum.GetValues<DataCategory>().Where(Contains).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Comma-separated category names, as the disclosure audit records them.</summary>
    public override string ToString() => string.Join(',', this);

    public string Labels => string.Join(", ", this.Select(c => c.Label()));

    private static int Bit(DataCategory category) => 1 << (int)category;
}
