using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// Readable names for properties and enum values when no <see cref="DisplayAttribute"/> gives one:
/// <c>DateOfBirth</c> becomes "Date of birth", <c>NhsNumber</c> "Nhs number", <c>NHSNumber</c> "NHS number".
/// </summary>
public static class DisplayNames
{
    public static string For(ModelMetadata metadata)
    {
        if (!string.IsNullOrWhiteSpace(metadata.DisplayName))
        {
            return metadata.DisplayName;
        }
        return Humanise(metadata.PropertyName ?? metadata.Name ?? metadata.ModelType.Name);
    }

    public static string ForEnumValue(Enum value)
    {
        var name = value.ToString();
        var field = value.GetType().GetField(name, BindingFlags.Public | BindingFlags.Static);
        return field?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? Humanise(name);
    }

    public static string Humanise(string identifier)
    {
        var words = SplitWords(identifier);
        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var isAcronym = word.Length > 1 && word.All(char.IsUpper);
            if (i > 0)
            {
                text.Append(' ');
            }
            text.Append(i == 0 || isAcronym ? word : word.ToLowerInvariant());
        }
        return text.ToString();
    }

    private static List<string> SplitWords(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (c is '_' or ' ' or '.')
            {
                Flush();
                continue;
            }
            var startsWord = current.Length > 0 && char.IsUpper(c) &&
                (char.IsLower(identifier[i - 1]) || char.IsDigit(identifier[i - 1]) ||
                 (i + 1 < identifier.Length && char.IsLower(identifier[i + 1])));
            if (startsWord)
            {
                Flush();
            }
            current.Append(c);
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
