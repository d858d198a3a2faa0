namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// The order in which the GOV.UK field tag helpers rendered their fields during this request.
/// The error summary sits above the fields, so it is rendered before them, but Razor buffers the page
/// and writes it out only at the end: the summary's list is written then, in this order, so its errors
/// follow the page as GOV.UK asks (model state itself does not keep the order fields were posted in).
/// </summary>
public sealed class GovUkFieldOrder
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public static GovUkFieldOrder Of(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(GovUkFieldOrder), out var existing) && existing is GovUkFieldOrder order)
        {
            return order;
        }
        order = new GovUkFieldOrder();
        context.Items[typeof(GovUkFieldOrder)] = order;
        return order;
    }

    public void Add(string fieldName)
    {
        if (!_names.Contains(fieldName, StringComparer.Ordinal))
        {
            _names.Add(fieldName);
        }
    }
}
