using System.Collections.Generic;
using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>Messages, fields, enums and reserved statements.</summary>
    internal sealed partial class ProtoParser
    {
        private ProtoMessageSyntax? ParseMessage()
        {
            ProtoToken keyword = Current;
            EquatableArray<ProtoComment> leading = TakeLeadingComments(keyword.Span.Start);
            _index++;
            if (Current.Kind != ProtoTokenKind.Identifier)
            {
                Error(Current.Span, "expected the message's name, found " + Describe(Current));
                SkipStatement();
                return null;
            }

            ProtoToken name = Current;
            _index++;
            if (!Current.IsSymbol('{'))
            {
                Error(Current.Span, "expected '{' after the message's name, found " + Describe(Current));
                SkipStatement();
                return null;
            }

            _index++;
            ProtoComment? header = TakeCommentOnLine(name.Span.StartLine);

            var fields = new List<ProtoFieldSyntax>();
            var messages = new List<ProtoMessageSyntax>();
            var enums = new List<ProtoEnumSyntax>();
            var options = new List<ProtoOptionSyntax>();
            var reserved = new List<ProtoReservedSyntax>();
            while (!AtEnd && !Current.IsSymbol('}'))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                int statementStart = _index;
                ParseMessageStatement(fields, messages, enums, options, reserved, oneof: null);
                MakeProgress(statementStart);
            }

            ProtoToken close = Current;
            if (!Expect('}'))
            {
                return null;
            }

            DropCommentsBefore(close.Span.Start);
            ProtoComment? closing = TakeTrailingComment(close.Span);
            if (_readAnnotations)
            {
                AddAnnotations(leading, options);
                if (header is not null)
                {
                    AddAnnotations(header, options);
                }
            }

            return new ProtoMessageSyntax(
                name.Text,
                name.Span,
                new EquatableArray<ProtoFieldSyntax>(fields.ToArray()),
                new EquatableArray<ProtoMessageSyntax>(messages.ToArray()),
                new EquatableArray<ProtoEnumSyntax>(enums.ToArray()),
                new EquatableArray<ProtoOptionSyntax>(options.ToArray()),
                new EquatableArray<ProtoReservedSyntax>(reserved.ToArray()),
                leading,
                header,
                closing,
                keyword.Span.To(close.Span));
        }

        private void ParseMessageStatement(
            List<ProtoFieldSyntax> fields,
            List<ProtoMessageSyntax> messages,
            List<ProtoEnumSyntax> enums,
            List<ProtoOptionSyntax> options,
            List<ProtoReservedSyntax> reserved,
            string? oneof)
        {
            ProtoToken start = Current;
            if (start.IsSymbol(';'))
            {
                _index++;
                return;
            }

            if (oneof is null)
            {
                if (start.IsKeyword("message"))
                {
                    if (ParseMessage() is { } message)
                    {
                        messages.Add(message);
                    }

                    return;
                }

                if (start.IsKeyword("enum"))
                {
                    if (ParseEnum() is { } parsed)
                    {
                        enums.Add(parsed);
                    }

                    return;
                }

                if (start.IsKeyword("reserved"))
                {
                    ParseReserved(reserved);
                    return;
                }

                if (start.IsKeyword("oneof"))
                {
                    ParseOneof(fields, options, reserved);
                    return;
                }

                if (start.IsKeyword("extensions") || start.IsKeyword("extend"))
                {
                    SkipIgnoredBlock(start.Text == "extend"
                        ? "extensions are not generated (only the etp options of etprotocolgen.proto are read)"
                        : "extension ranges are a proto2 feature and reserve nothing here");
                    return;
                }
            }

            if (start.IsKeyword("option"))
            {
                ParseOptionStatement(options);
                return;
            }

            if (ParseField(oneof) is { } field)
            {
                fields.Add(field);
            }
        }

        private void ParseOneof(List<ProtoFieldSyntax> fields, List<ProtoOptionSyntax> options, List<ProtoReservedSyntax> reserved)
        {
            TakeLeadingComments(Current.Span.Start);
            _index++;
            if (Current.Kind != ProtoTokenKind.Identifier)
            {
                Error(Current.Span, "expected the oneof's name, found " + Describe(Current));
                SkipStatement();
                return;
            }

            string name = Current.Text;
            _index++;
            if (!Expect('{'))
            {
                SkipStatement();
                return;
            }

            // The members are parsed as fields of the message; the binder refuses oneof with a clear diagnostic.
            var ignoredMessages = new List<ProtoMessageSyntax>();
            var ignoredEnums = new List<ProtoEnumSyntax>();
            var oneofOptions = new List<ProtoOptionSyntax>();
            while (!AtEnd && !Current.IsSymbol('}'))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                int statementStart = _index;
                ParseMessageStatement(fields, ignoredMessages, ignoredEnums, oneofOptions, reserved, name);
                MakeProgress(statementStart);
            }

            ProtoToken close = Current;
            if (Expect('}'))
            {
                DropCommentsBefore(close.Span.Start);
                TakeTrailingComment(close.Span);
            }
        }

        private ProtoFieldSyntax? ParseField(string? oneof)
        {
            ProtoToken start = Current;
            EquatableArray<ProtoComment> leading = TakeLeadingComments(start.Span.Start);
            ProtoFieldLabel label = ProtoFieldLabel.None;
            if (start.IsKeyword("repeated") || start.IsKeyword("optional") || start.IsKeyword("required"))
            {
                label = start.Text switch
                {
                    "repeated" => ProtoFieldLabel.Repeated,
                    "optional" => ProtoFieldLabel.Optional,
                    _ => ProtoFieldLabel.Required,
                };
                _index++;
            }

            string? keyType = null;
            SourceSpan keySpan = default;
            string? type;
            SourceSpan typeSpan;
            if (Current.IsKeyword("map") && Next.IsSymbol('<'))
            {
                if (label != ProtoFieldLabel.None)
                {
                    Error(start.Span, "a map field has no label");
                }

                label = ProtoFieldLabel.Map;
                _index += 2;
                keySpan = Current.Span;
                keyType = ParseFullIdentifier("the map's key type", allowLeadingDot: false);
                if (keyType is null || !Expect(','))
                {
                    SkipStatement();
                    return null;
                }

                typeSpan = Current.Span;
                type = ParseFullIdentifier("the map's value type", allowLeadingDot: true);
                if (type is null || !Expect('>'))
                {
                    SkipStatement();
                    return null;
                }
            }
            else
            {
                typeSpan = Current.Span;
                type = ParseFullIdentifier("a field type", allowLeadingDot: true);
                if (type is null)
                {
                    SkipStatement();
                    return null;
                }

                typeSpan = typeSpan.To(Previous.Span);
                if (type == "group")
                {
                    _problems.Add(ProtoProblem.Of(ProtoProblemKind.Unsupported, start.Span.To(typeSpan), "groups", "declare a message and a field of that type"));
                    SkipStatement();
                    return null;
                }
            }

            if (Current.Kind != ProtoTokenKind.Identifier)
            {
                Error(Current.Span, "expected the field's name, found " + Describe(Current));
                SkipStatement();
                return null;
            }

            ProtoToken name = Current;
            _index++;
            if (!Expect('='))
            {
                SkipStatement();
                return null;
            }

            ProtoToken numberToken = Current;
            int number = 0;
            if (numberToken.Kind == ProtoTokenKind.Integer && ProtoLexer.TryParseInteger(numberToken.Text, out ulong value)
                && value >= 1 && value <= MaxFieldNumber)
            {
                number = (int)value;
                _index++;
            }
            else if (numberToken.Kind == ProtoTokenKind.Integer || numberToken.IsSymbol('-'))
            {
                Error(numberToken.Span, "a field number is from 1 to " + MaxFieldNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
                SkipStatement();
                return null;
            }
            else
            {
                Error(numberToken.Span, "expected the field number, found " + Describe(numberToken));
                SkipStatement();
                return null;
            }

            var options = new List<ProtoOptionSyntax>();
            if (Current.IsSymbol('['))
            {
                ParseOptionList(options);
            }

            if (!Current.IsSymbol(';'))
            {
                Error(Current.Span, "expected ';' after the field, found " + Describe(Current));
                SkipStatement();
                return null;
            }

            ProtoToken end = Current;
            _index++;
            ProtoComment? trailing = TakeTrailingComment(end.Span);
            if (_readAnnotations)
            {
                AddAnnotations(leading, options);
                if (trailing is not null)
                {
                    AddAnnotations(trailing, options);
                }
            }

            return new ProtoFieldSyntax(
                label,
                type,
                typeSpan,
                keyType,
                keySpan,
                name.Text,
                name.Span,
                number,
                numberToken.Span,
                new EquatableArray<ProtoOptionSyntax>(options.ToArray()),
                leading,
                trailing,
                oneof,
                start.Span.To(end.Span));
        }

        /// <summary>The largest field number protobuf allows (2^29 - 1).</summary>
        private const int MaxFieldNumber = (1 << 29) - 1;

        private ProtoEnumSyntax? ParseEnum()
        {
            ProtoToken keyword = Current;
            EquatableArray<ProtoComment> leading = TakeLeadingComments(keyword.Span.Start);
            _index++;
            if (Current.Kind != ProtoTokenKind.Identifier)
            {
                Error(Current.Span, "expected the enum's name, found " + Describe(Current));
                SkipStatement();
                return null;
            }

            ProtoToken name = Current;
            _index++;
            if (!Expect('{'))
            {
                SkipStatement();
                return null;
            }

            ProtoComment? header = TakeCommentOnLine(name.Span.StartLine);
            var values = new List<ProtoEnumValueSyntax>();
            var options = new List<ProtoOptionSyntax>();
            var reserved = new List<ProtoReservedSyntax>();
            while (!AtEnd && !Current.IsSymbol('}'))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                int statementStart = _index;
                if (Current.IsSymbol(';'))
                {
                    _index++;
                }
                else if (Current.IsKeyword("option"))
                {
                    ParseOptionStatement(options);
                }
                else if (Current.IsKeyword("reserved"))
                {
                    ParseReserved(reserved);
                }
                else if (ParseEnumValue() is { } value)
                {
                    values.Add(value);
                }

                MakeProgress(statementStart);
            }

            ProtoToken close = Current;
            if (!Expect('}'))
            {
                return null;
            }

            DropCommentsBefore(close.Span.Start);
            TakeTrailingComment(close.Span);
            return new ProtoEnumSyntax(
                name.Text,
                name.Span,
                new EquatableArray<ProtoEnumValueSyntax>(values.ToArray()),
                new EquatableArray<ProtoOptionSyntax>(options.ToArray()),
                new EquatableArray<ProtoReservedSyntax>(reserved.ToArray()),
                leading,
                header);
        }

        private ProtoEnumValueSyntax? ParseEnumValue()
        {
            ProtoToken name = Current;
            EquatableArray<ProtoComment> leading = TakeLeadingComments(name.Span.Start);
            if (name.Kind != ProtoTokenKind.Identifier)
            {
                Error(name.Span, "expected an enum value's name, found " + Describe(name));
                SkipStatement();
                return null;
            }

            _index++;
            if (!Expect('='))
            {
                SkipStatement();
                return null;
            }

            SourceSpan numberSpan = Current.Span;
            bool negative = false;
            if (Current.IsSymbol('-'))
            {
                negative = true;
                _index++;
            }

            if (Current.Kind != ProtoTokenKind.Integer || !ProtoLexer.TryParseInteger(Current.Text, out ulong magnitude)
                || magnitude > (negative ? 2147483648UL : int.MaxValue))
            {
                Error(Current.Span, "expected an enum value's number (a 32-bit integer), found " + Describe(Current));
                SkipStatement();
                return null;
            }

            numberSpan = numberSpan.To(Current.Span);
            long number = negative ? -(long)magnitude : (long)magnitude;
            _index++;
            if (Current.IsSymbol('['))
            {
                ParseOptionList(new List<ProtoOptionSyntax>());
            }

            ProtoToken end = Current;
            if (!Current.IsSymbol(';'))
            {
                Error(Current.Span, "expected ';' after the enum value, found " + Describe(Current));
                SkipStatement();
                return null;
            }

            _index++;
            return new ProtoEnumValueSyntax(name.Text, name.Span, number, numberSpan, leading, TakeTrailingComment(end.Span));
        }

        private void ParseReserved(List<ProtoReservedSyntax> reserved)
        {
            ProtoToken keyword = Current;
            TakeLeadingComments(keyword.Span.Start);
            _index++;
            var ranges = new List<ProtoRange>();
            var names = new List<string>();
            while (true)
            {
                if (Current.Kind is ProtoTokenKind.String or ProtoTokenKind.Identifier)
                {
                    names.Add(Current.Kind == ProtoTokenKind.String ? Current.Value : Current.Text);
                    _index++;
                }
                else if (Current.Kind == ProtoTokenKind.Integer && ProtoLexer.TryParseInteger(Current.Text, out ulong from) && from <= int.MaxValue)
                {
                    _index++;
                    ulong to = from;
                    if (Current.IsKeyword("to"))
                    {
                        _index++;
                        if (Current.IsKeyword("max"))
                        {
                            to = MaxFieldNumber;
                            _index++;
                        }
                        else if (Current.Kind == ProtoTokenKind.Integer && ProtoLexer.TryParseInteger(Current.Text, out to) && to <= int.MaxValue && to >= from)
                        {
                            _index++;
                        }
                        else
                        {
                            Error(Current.Span, "expected the end of the reserved range, found " + Describe(Current));
                            SkipStatement();
                            return;
                        }
                    }

                    ranges.Add(new ProtoRange((long)from, (long)to));
                }
                else
                {
                    Error(Current.Span, "expected a reserved number, range or quoted name, found " + Describe(Current));
                    SkipStatement();
                    return;
                }

                if (!Current.IsSymbol(','))
                {
                    break;
                }

                _index++;
            }

            if (ranges.Count > 0 && names.Count > 0)
            {
                Error(keyword.Span, "a reserved statement lists numbers or names, not both");
            }

            SourceSpan span = keyword.Span.To(Current.Span);
            ExpectStatementEnd();
            TakeTrailingComment(Previous.Span);
            reserved.Add(new ProtoReservedSyntax(new EquatableArray<ProtoRange>(ranges.ToArray()), new EquatableArray<string>(names.ToArray()), span));
        }
    }
}
