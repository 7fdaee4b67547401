using EtProtocolGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>The runtime's attributes that declare a check of a <c>[Field]</c> value.</summary>
    internal enum ValidationRule
    {
        /// <summary>
        /// <c>[Required]</c>: the field is present on the wire, that is, <c>WriteTo</c> writes it: a set nullable, a non-empty
        /// string, bytes or collection, a non-null class message, a non-empty struct message, and a number, bool or enum other
        /// than its default (proto3 does not send 0, false or an empty message, so the receiver cannot tell them from absent).
        /// </summary>
        Required,

        /// <summary><c>[MinLength(n)]</c>: at least n characters, bytes or elements.</summary>
        MinLength,

        /// <summary><c>[Range(min, max)]</c>: a number, or each number of a list or array, within both bounds; NaN fails.</summary>
        Range,

        /// <summary><c>[MaxLength(n)]</c>: at most n characters, bytes or elements, checked while decoding (before allocation) and encoding.</summary>
        MaxLength,
    }

    /// <summary>What <c>[MaxLength]</c> and <c>[MinLength]</c> count for a field type.</summary>
    internal enum LengthKind
    {
        /// <summary>Nothing: a number, a bool, an enum, a nullable value or a nested message has no length.</summary>
        None,

        /// <summary>A string, counted in characters.</summary>
        String,

        /// <summary>A <c>byte[]</c> or <c>ReadOnlyMemory&lt;byte&gt;</c>, counted in bytes.</summary>
        Bytes,

        /// <summary>A list, an array or a map, counted in elements.</summary>
        Collection,
    }

    /// <summary>Why a declared rule cannot be enforced as written.</summary>
    internal enum ValidationProblem
    {
        /// <summary>It can be enforced.</summary>
        None,

        /// <summary>The rule does not apply to the field's type (ETP0016): it would check nothing.</summary>
        DoesNotApply,

        /// <summary>The arguments make the rule meaningless or impossible to pass (ETP0017).</summary>
        InvalidArguments,
    }

    /// <summary>
    /// The one definition of the validation attributes: how each is read, which field types it applies to and which arguments
    /// it accepts. Compiled into the generator (which skips a message whose rules it cannot enforce, and writes every check
    /// and its comment from the <see cref="ValidationModel"/> read here), the dispatch generator (whose comment lists the
    /// same checks) and the analyzers (ETP0016 and ETP0017 say why a message was skipped; ETP0103 counts only rules that apply).
    /// </summary>
    internal static class ValidationRules
    {
        /// <summary>The attribute's name without the <c>Attribute</c> suffix.</summary>
        public static string Name(ValidationRule rule) => rule switch
        {
            ValidationRule.Required => "Required",
            ValidationRule.MinLength => "MinLength",
            ValidationRule.Range => "Range",
            _ => "MaxLength",
        };

        /// <summary>
        /// Reads a validation attribute of the runtime; false for any other attribute, and for one whose arguments do not bind
        /// (the compiler reports those).
        /// </summary>
        public static bool TryRead(AttributeData attribute, out ValidationModel rule)
        {
            rule = null!;
            switch (AttributeNames.Of(attribute.AttributeClass))
            {
                case AttributeNames.Required:
                    rule = new ValidationModel(ValidationRule.Required, 0, null);
                    return true;
                case AttributeNames.MinLength when TryReadLength(attribute, out int minimum):
                    rule = new ValidationModel(ValidationRule.MinLength, minimum, null);
                    return true;
                case AttributeNames.MaxLength when TryReadLength(attribute, out int maximum):
                    rule = new ValidationModel(ValidationRule.MaxLength, maximum, null);
                    return true;
                case AttributeNames.Range when TryReadRange(attribute, out RangeModel? range):
                    rule = new ValidationModel(ValidationRule.Range, 0, range);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>What a length rule counts for a field of this shape and kind.</summary>
        public static LengthKind LengthKindOf(FieldShape shape, FieldValueKind kind) => shape switch
        {
            FieldShape.List or FieldShape.Array or FieldShape.Map => LengthKind.Collection,
            FieldShape.Single when kind == FieldValueKind.String => LengthKind.String,
            FieldShape.Single when kind is FieldValueKind.ByteArray or FieldValueKind.ByteMemory => LengthKind.Bytes,
            _ => LengthKind.None,
        };

        /// <summary>True if <paramref name="rule"/> checks something on a field of this shape and value kind.</summary>
        public static bool AppliesTo(ValidationRule rule, FieldShape shape, FieldValueKind kind) => rule switch
        {
            ValidationRule.Required => true,
            ValidationRule.MinLength or ValidationRule.MaxLength => LengthKindOf(shape, kind) != LengthKind.None,
            _ => shape != FieldShape.Map && IsNumber(kind),
        };

        /// <summary>The field types a rule applies to, for diagnostics.</summary>
        public static string DescribeTargets(ValidationRule rule) => rule switch
        {
            ValidationRule.Required => "every field type",
            ValidationRule.Range => "numbers, nullable numbers, and lists and arrays of numbers",
            _ => "strings, byte[], ReadOnlyMemory<byte>, lists, arrays and maps",
        };

        /// <summary>
        /// Whether <paramref name="rule"/> can be enforced on a field of the given type, and if not, why (a clause for a diagnostic).
        /// <paramref name="maxLength"/> is the field's declared <c>[MaxLength]</c> (0 if none), against which <c>[MinLength]</c> is checked.
        /// </summary>
        public static ValidationProblem FindProblem(ValidationModel rule, FieldShape shape, FieldValueKind kind, int maxLength, out string reason)
        {
            reason = "";
            if (!AppliesTo(rule.Rule, shape, kind))
            {
                reason = "it applies to " + DescribeTargets(rule.Rule);
                return ValidationProblem.DoesNotApply;
            }

            switch (rule.Rule)
            {
                case ValidationRule.MaxLength when rule.Length < 1:
                    reason = "a length below 1 bounds nothing; declare at least 1";
                    return ValidationProblem.InvalidArguments;
                case ValidationRule.MinLength when rule.Length < 1:
                    reason = "a length below 1 checks nothing; declare at least 1 or remove it";
                    return ValidationProblem.InvalidArguments;
                case ValidationRule.MinLength when maxLength > 0 && rule.Length > maxLength:
                    reason = "it is above the field's [MaxLength(" + maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")], so no value passes";
                    return ValidationProblem.InvalidArguments;
                case ValidationRule.Range when rule.Range is { } range:
                    reason = FindRangeProblem(range, kind) ?? "";
                    return reason.Length == 0 ? ValidationProblem.None : ValidationProblem.InvalidArguments;
                default:
                    return ValidationProblem.None;
            }
        }

        private static string? FindRangeProblem(RangeModel range, FieldValueKind kind)
        {
            if (range.IsFloatingPoint && (double.IsNaN(range.MinimumFloat) || double.IsNaN(range.MaximumFloat)))
            {
                return "a NaN bound compares false with every value, so no value passes";
            }

            double minimum = range.IsFloatingPoint ? range.MinimumFloat : range.MinimumInteger;
            double maximum = range.IsFloatingPoint ? range.MaximumFloat : range.MaximumInteger;
            if (range.IsFloatingPoint ? minimum > maximum : range.MinimumInteger > range.MaximumInteger)
            {
                return "the minimum is above the maximum, so no value passes";
            }

            if (TryGetIntegerBounds(kind, out double smallest, out double largest) && (maximum < smallest || minimum > largest))
            {
                return "no value of the field's type lies between the bounds";
            }

            return null;
        }

        private static bool TryGetIntegerBounds(FieldValueKind kind, out double smallest, out double largest)
        {
            switch (kind)
            {
                case FieldValueKind.SByte: smallest = sbyte.MinValue; largest = sbyte.MaxValue; return true;
                case FieldValueKind.Byte: smallest = byte.MinValue; largest = byte.MaxValue; return true;
                case FieldValueKind.Int16: smallest = short.MinValue; largest = short.MaxValue; return true;
                case FieldValueKind.UInt16: smallest = ushort.MinValue; largest = ushort.MaxValue; return true;
                case FieldValueKind.Int32: smallest = int.MinValue; largest = int.MaxValue; return true;
                case FieldValueKind.UInt32: smallest = uint.MinValue; largest = uint.MaxValue; return true;
                case FieldValueKind.Int64: smallest = long.MinValue; largest = long.MaxValue; return true;
                case FieldValueKind.UInt64: smallest = ulong.MinValue; largest = ulong.MaxValue; return true;
                default: smallest = largest = 0; return false;
            }
        }

        /// <summary>True for the kinds <c>[Range]</c> compares: integers and floating-point numbers (not bools, not enums).</summary>
        public static bool IsNumber(FieldValueKind kind) =>
            kind is FieldValueKind.SByte or FieldValueKind.Byte or FieldValueKind.Int16 or FieldValueKind.UInt16 or FieldValueKind.Int32
                or FieldValueKind.UInt32 or FieldValueKind.Int64 or FieldValueKind.UInt64 or FieldValueKind.Single or FieldValueKind.Double;

        private static bool TryReadLength(AttributeData attribute, out int length)
        {
            length = 0;
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int value)
            {
                return false;
            }

            length = value;
            return true;
        }

        private static bool TryReadRange(AttributeData attribute, out RangeModel? range)
        {
            range = null;
            if (attribute.ConstructorArguments.Length != 2)
            {
                return false;
            }

            range = (attribute.ConstructorArguments[0].Value, attribute.ConstructorArguments[1].Value) switch
            {
                (long min, long max) => new RangeModel(false, min, max, 0, 0),
                (double min, double max) => new RangeModel(true, 0, 0, min, max),
                _ => null,
            };
            return range is not null;
        }
    }
}
