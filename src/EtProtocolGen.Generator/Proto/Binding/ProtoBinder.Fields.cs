using System.Collections.Generic;
using System.Globalization;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// Fields: the C# type a hand-written message would declare for each, its <see cref="ValueModel"/>s as the attribute
    /// parser would read them from that declaration, and its options checked by the same <see cref="ValidationRules"/>.
    /// </summary>
    internal sealed partial class ProtoBinder
    {
        private const string List = "global::System.Collections.Generic.List<";
        private const string Dictionary = "global::System.Collections.Generic.Dictionary<";

        private void BindFields(BoundMessage message)
        {
            var numbers = new Dictionary<int, ProtoFieldSyntax>();
            var names = new Dictionary<string, ProtoFieldSyntax>(System.StringComparer.Ordinal);
            foreach (ProtoFieldSyntax field in message.Syntax.Fields)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (numbers.TryGetValue(field.Number, out ProtoFieldSyntax? first))
                {
                    message.Report(ProtoProblem.Of(ProtoProblemKind.Duplicate, field.NumberSpan, "field number " + Number(field.Number), "'" + first.Name + "' has it"));
                    continue;
                }

                numbers.Add(field.Number, field);
                string name = ProtoNames.PropertyOf(field.Name, message.Syntax.Name, message.Entry.File.IsEt);
                if (names.TryGetValue(name, out ProtoFieldSyntax? same))
                {
                    message.Report(ProtoProblem.Of(ProtoProblemKind.Duplicate, field.NameSpan, "property '" + name + "'", "field '" + same.Name + "' becomes a property of the same name"));
                    continue;
                }

                names.Add(name, field);
                CheckReserved(message, field);
                if (BindField(message, field, name) is { } bound)
                {
                    message.Fields.Add(bound);
                }
            }

            message.Fields.Sort(static (left, right) => left.Syntax.Number.CompareTo(right.Syntax.Number));
        }

        /// <summary>A <c>reserved</c> range too long for the generated class's [Reserved] is checked here but not carried to C# (ETP0310).</summary>
        private static void CheckReservedRanges(BoundMessage message)
        {
            foreach (ProtoReservedSyntax reserved in message.Syntax.Reserved)
            {
                foreach (ProtoRange range in reserved.Ranges)
                {
                    if (range.To - range.From >= MaxReservedRange)
                    {
                        message.Report(ProtoProblem.Of(
                            ProtoProblemKind.Ignored,
                            reserved.Span,
                            "'reserved " + range.From.ToString(CultureInfo.InvariantCulture) + " to " + range.To.ToString(CultureInfo.InvariantCulture) + "'",
                            "fields of this file may not use it, but only ranges of at most " + Number(MaxReservedRange) + " numbers go onto the generated class's [Reserved] and into the protocol manifest"));
                    }
                }
            }
        }

        private static void CheckReserved(BoundMessage message, ProtoFieldSyntax field)
        {
            if (field.Number >= FieldTypeClassifier.FirstReservedFieldNumber && field.Number <= FieldTypeClassifier.LastReservedFieldNumber)
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.ReservedUsed, field.NumberSpan, field.Name, "field numbers 19000 to 19999, which protobuf reserves for itself"));
            }

            foreach (ProtoReservedSyntax reserved in message.Syntax.Reserved)
            {
                foreach (ProtoRange range in reserved.Ranges)
                {
                    if (range.Contains(field.Number))
                    {
                        message.Report(ProtoProblem.Of(ProtoProblemKind.ReservedUsed, field.NumberSpan, field.Name, "number " + Number(field.Number) + ", reserved at line " + Number(reserved.Span.Line)));
                    }
                }

                foreach (string reservedName in reserved.Names)
                {
                    if (reservedName == field.Name)
                    {
                        message.Report(ProtoProblem.Of(ProtoProblemKind.ReservedUsed, field.NameSpan, field.Name, "name '" + reservedName + "', reserved at line " + Number(reserved.Span.Line)));
                    }
                }
            }
        }

        private BoundField? BindField(BoundMessage message, ProtoFieldSyntax field, string name)
        {
            ProtoFileContext file = message.Entry.File;
            if (field.Oneof is not null)
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.Unsupported, field.Span, "oneof (in '" + field.Oneof + "')", "declare its members as optional fields: a decoder keeps every member it reads, so the message cannot promise only one"));
                return null;
            }

            if (field.Label == ProtoFieldLabel.Required)
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.Unsupported, field.Span, "required fields", "proto3 has none; use (etp.required) = true to check presence when the message is validated"));
                return null;
            }

            if (ResolveValue(message, field.TypeName, field.TypeSpan, Encoding(field.TypeName, file)) is not { } value)
            {
                return null;
            }

            ValueModel? key = null;
            if (field.Label == ProtoFieldLabel.Map)
            {
                key = ResolveValue(message, field.KeyTypeName!, field.KeyTypeSpan, RuntimeContract.FieldEncoding.Default);
                if (key is null)
                {
                    return null;
                }

                // [Field(Encoding = ...)] on a map applies to its values; its keys are always varints.
                if (!FieldTypeClassifier.IsMapKey(key.Kind) || Encoding(field.KeyTypeName!, file) != RuntimeContract.FieldEncoding.Default)
                {
                    message.Report(ProtoProblem.Of(ProtoProblemKind.UnknownType, field.KeyTypeSpan, field.KeyTypeName!, "a map key is an int32, int64, uint32, uint64, bool or string (keys are written as varints)"));
                    return null;
                }
            }

            BoundField bound = CreateField(field, name, value, key);
            bound.Documentation = ProtoDocumentation.OfMember(field.LeadingComments, field.TrailingComment, field.Span.StartLine);
            BindFieldOptions(message, field, bound);
            return bound;
        }

        /// <summary>The field as a hand-written member declares it: shape, declared type and initializer.</summary>
        private static BoundField CreateField(ProtoFieldSyntax field, string name, ValueModel value, ValueModel? key)
        {
            switch (field.Label)
            {
                case ProtoFieldLabel.Repeated:
                    string list = List + value.TypeName + ">";
                    return new BoundField(field, name, FieldShape.List, value, null, list, list, "new " + list + "()");
                case ProtoFieldLabel.Map:
                    string map = Dictionary + key!.TypeName + ", " + value.TypeName + ">";
                    return new BoundField(field, name, FieldShape.Map, value, key, map, map, "new " + map + "()");
                case ProtoFieldLabel.Optional when FieldTypeClassifier.IsScalar(value.Kind):
                    return new BoundField(field, name, FieldShape.Nullable, value, null, value.TypeName + "?", value.TypeName + "?", null);
            }

            // A message of a class type may be absent: declared nullable, as a user would write it. The attribute parser then
            // sees the annotated type as the value's type and the unannotated one as the field's.
            if (value.Kind == FieldValueKind.Message && !value.IsValueType)
            {
                ValueModel annotated = value with { TypeName = value.TypeName + "?" };
                return new BoundField(field, name, FieldShape.Single, annotated, null, value.TypeName, value.TypeName + "?", null);
            }

            string? initializer = value.Kind switch
            {
                FieldValueKind.String => "\"\"",
                FieldValueKind.ByteArray => "global::System.Array.Empty<byte>()",
                _ => null,
            };
            return new BoundField(field, name, FieldShape.Single, value, null, value.TypeName, value.TypeName, initializer);
        }

        /// <summary>
        /// What one value is: a scalar, a .proto message or enum of the project, or a C# type the compilation has (a message,
        /// an enum, an engine type with a surrogate). Null, with the problem reported, when it is none of these.
        /// </summary>
        private ValueModel? ResolveValue(BoundMessage message, string typeName, SourceSpan span, int encoding)
        {
            ProtoFileContext file = message.Entry.File;
            if (ProtoScalarType.Find(typeName, file.IsEt) is { } scalar)
            {
                bool isValueType = scalar.Kind is not (FieldValueKind.String or FieldValueKind.ByteArray);
                return new ValueModel(scalar.Kind, encoding, scalar.TypeName, scalar.TypeName, default, isValueType);
            }

            if (_catalog.Resolve(typeName, file, message.Entry) is { } entry)
            {
                if (!file.VisibleFiles.Contains(entry.File.Syntax.Path))
                {
                    message.Report(ProtoProblem.Of(ProtoProblemKind.UnknownType, span, typeName, "it is declared in " + System.IO.Path.GetFileName(entry.File.Syntax.Path) + ", which this file does not import"));
                    return null;
                }

                message.Dependencies.Add((entry, span));
                return entry.IsEnum
                    ? new ValueModel(FieldValueKind.Enum, RuntimeContract.FieldEncoding.Default, entry.TypeName, entry.TypeName, FieldValueKind.Int32, true)
                    : new ValueModel(FieldValueKind.Message, RuntimeContract.FieldEncoding.Default, entry.TypeName, entry.TypeName, default, false);
            }

            List<string> candidates = ProtoCatalog.CSharpCandidates(typeName, file, message.Entry);
            foreach (string candidate in candidates)
            {
                if (_externals.Find(candidate) is not { } external || external.Kind == ProtoExternalKind.Interface)
                {
                    continue;
                }

                switch (external.Kind)
                {
                    case ProtoExternalKind.Message:
                        return new ValueModel(FieldValueKind.Message, RuntimeContract.FieldEncoding.Default, external.TypeName, external.TypeName, default, external.IsValueType);
                    case ProtoExternalKind.Enum:
                        return new ValueModel(FieldValueKind.Enum, RuntimeContract.FieldEncoding.Default, external.TypeName, external.TypeName, external.EnumUnderlying, true);
                    case ProtoExternalKind.Surrogate:
                        return new ValueModel(FieldValueKind.Message, RuntimeContract.FieldEncoding.Default, external.TypeName, external.TypeName, default, external.IsValueType)
                        {
                            Surrogate = external.SurrogateName,
                        };
                    default:
                        message.Report(ProtoProblem.Of(ProtoProblemKind.UnknownType, span, typeName, external.Problem ?? "the C# type cannot be carried on the wire"));
                        return null;
                }
            }

            string why = typeName.StartsWith("google.protobuf.", System.StringComparison.Ordinal)
                ? "well-known types are not generated; use a scalar, a message of your own, or map a C# type with [assembly: WireSurrogate]"
                : "no message or enum of this name in the project's .proto files, and no C# type (looked for " + string.Join(", ", candidates) + ")";
            message.Report(ProtoProblem.Of(ProtoProblemKind.UnknownType, span, typeName, why));
            return null;
        }

        /// <summary>The encoding a scalar type name stands for (sint32 zigzag, fixed32 fixed), default for anything else.</summary>
        private static int Encoding(string typeName, ProtoFileContext file) =>
            ProtoScalarType.Find(typeName, file.IsEt)?.Encoding ?? RuntimeContract.FieldEncoding.Default;

        /// <summary>The field's etp options as the attributes a user would write, each checked as the attribute parser checks it.</summary>
        private static void BindFieldOptions(BoundMessage message, ProtoFieldSyntax field, BoundField bound)
        {
            var problems = new List<ProtoProblem>();
            ProtoFieldSettings settings = ProtoOptionReader.ReadField(field, problems);
            foreach (ProtoProblem problem in problems)
            {
                message.Report(problem);
            }

            bound.Sensitive = settings.Sensitive;
            int maxLength = settings.MaxLength ?? 0;
            if (settings.MaxLength is int length)
            {
                Check(message, bound, new ValidationModel(ValidationRule.MaxLength, length, null), settings.MaxLengthSpan, "max_length", maxLength);
                bound.MaxLength = length;
            }

            if (settings.Required)
            {
                Check(message, bound, new ValidationModel(ValidationRule.Required, 0, null), settings.RequiredSpan, "required", maxLength);
            }

            if (settings.MinLength is int minimum)
            {
                Check(message, bound, new ValidationModel(ValidationRule.MinLength, minimum, null), settings.MinLengthSpan, "min_length", maxLength);
            }

            if (settings.Range is { } range)
            {
                if (CreateRange(range, bound.Value.Kind) is { } rangeModel)
                {
                    Check(message, bound, new ValidationModel(ValidationRule.Range, 0, rangeModel), settings.RangeSpan, "range", maxLength);
                }
                else
                {
                    message.Report(ProtoProblem.Of(ProtoProblemKind.InvalidOption, settings.RangeSpan, "(etp.range)", "the bounds of a range on an integer field are whole numbers"));
                }
            }
        }

        private static void Check(BoundMessage message, BoundField field, ValidationModel rule, SourceSpan span, string option, int maxLength)
        {
            if (ValidationRules.FindProblem(rule, field.Shape, field.Value.Kind, maxLength, out string reason) != ValidationProblem.None)
            {
                message.Report(ProtoProblem.Of(ProtoProblemKind.InvalidOption, span, "(etp." + option + ")", reason));
                return;
            }

            if (rule.Rule != ValidationRule.MaxLength)
            {
                field.Validation.Add(rule);
                field.Validation.Sort(static (left, right) => left.Rule.CompareTo(right.Rule));
            }
        }

        /// <summary>The range as <c>[Range(long, long)]</c> on integers and <c>[Range(double, double)]</c> on floating point, as a user would write it.</summary>
        private static RangeModel? CreateRange(ProtoRangeOption range, FieldValueKind kind)
        {
            if (kind is FieldValueKind.Single or FieldValueKind.Double)
            {
                return double.TryParse(range.Minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
                    && double.TryParse(range.Maximum, NumberStyles.Float, CultureInfo.InvariantCulture, out double max)
                    ? new RangeModel(true, 0, 0, min, max)
                    : null;
            }

            return !range.IsFloatingPoint
                && long.TryParse(range.Minimum, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long low)
                && long.TryParse(range.Maximum, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long high)
                ? new RangeModel(false, low, high, 0, 0)
                : null;
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
