using System.Globalization;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Model
{
    /// <summary>
    /// One validation attribute of a <c>[Field]</c> member as declared: the rule and its arguments. The one object that both
    /// the generated check and every comment or diagnostic about it are written from.
    /// </summary>
    /// <param name="Rule">Which attribute.</param>
    /// <param name="Length">The length argument of <c>[MaxLength]</c> and <c>[MinLength]</c>; 0 for the others.</param>
    /// <param name="Range">The bounds of <c>[Range]</c>; null for the others.</param>
    internal sealed record ValidationModel(ValidationRule Rule, int Length, RangeModel? Range)
    {
        /// <summary>The attribute as it reads in source: <c>[Required]</c>, <c>[MinLength(3)]</c>, <c>[Range(1, 10)]</c>.</summary>
        public string Attribute => "[" + Declaration + "]";

        /// <summary>The attribute without brackets, to list several in one: <c>Range(1, 10)</c>.</summary>
        public string Declaration => Rule switch
        {
            ValidationRule.Required => "Required",
            ValidationRule.Range when Range is not null => "Range(" + Range.FormatMinimum() + ", " + Range.FormatMaximum() + ")",
            _ => ValidationRules.Name(Rule) + "(" + Length.ToString(CultureInfo.InvariantCulture) + ")",
        };
    }
}
