using System.Collections.Generic;
using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>Options, their values, ET comment annotations, and which comment belongs to which statement.</summary>
    internal sealed partial class ProtoParser
    {
        /// <summary>What opens an annotation in a comment of an ET-dialect file: <c>// [etp: max_length = 32, sensitive]</c>.</summary>
        public const string AnnotationStart = "[etp:";

        private ProtoParser(string text, List<ProtoToken> tokens, System.Threading.CancellationToken cancellationToken)
        {
            _text = text;
            _tokens = tokens;
            _comments = new List<ProtoComment>();
            _problems = new List<ProtoProblem>();
            _cancellationToken = cancellationToken;
        }

        /// <summary><c>option name = value;</c></summary>
        private void ParseOptionStatement(List<ProtoOptionSyntax> options)
        {
            ProtoToken keyword = Current;
            TakeLeadingComments(keyword.Span.Start);
            _index++;
            ProtoOptionSyntax? option = ParseOption(Current.Span);
            if (option is null)
            {
                SkipStatement();
                return;
            }

            options.Add(option);
            ExpectStatementEnd();
            TakeTrailingComment(Previous.Span);
        }

        /// <summary><c>[name = value, ...]</c> after a field or an enum value.</summary>
        private void ParseOptionList(List<ProtoOptionSyntax> options)
        {
            _index++;
            while (!AtEnd)
            {
                ProtoOptionSyntax? option = ParseOption(Current.Span);
                if (option is null)
                {
                    while (!AtEnd && !Current.IsSymbol(']') && !Current.IsSymbol(';'))
                    {
                        _index++;
                    }

                    break;
                }

                options.Add(option);
                if (!Current.IsSymbol(','))
                {
                    break;
                }

                _index++;
            }

            Expect(']');
        }

        /// <summary><c>name = value</c>, where the name is <c>a.b</c>, <c>(ext.name)</c> or <c>(ext.name).sub</c>.</summary>
        private ProtoOptionSyntax? ParseOption(SourceSpan start)
        {
            SourceSpan nameStart = Current.Span;
            string? name;
            bool isExtension = false;
            string? subField = null;
            if (Current.IsSymbol('('))
            {
                isExtension = true;
                _index++;
                name = ParseFullIdentifier("an option name", allowLeadingDot: true)?.TrimStart('.');
                if (name is null || !Expect(')'))
                {
                    return null;
                }

                if (Current.IsSymbol('.'))
                {
                    _index++;
                    subField = ParseFullIdentifier("a field of the option", allowLeadingDot: false);
                    if (subField is null)
                    {
                        return null;
                    }
                }
            }
            else
            {
                name = ParseFullIdentifier("an option name", allowLeadingDot: false);
                if (name is null)
                {
                    return null;
                }
            }

            SourceSpan nameSpan = nameStart.To(Previous.Span);
            if (!Expect('='))
            {
                return null;
            }

            ProtoValue? value = ParseValue();
            return value is null ? null : new ProtoOptionSyntax(name, isExtension, subField, value, nameSpan, start.To(value.Span));
        }

        /// <summary>A constant: a number with its sign, a string (adjacent strings joined), a name, or an aggregate.</summary>
        private ProtoValue? ParseValue()
        {
            ProtoToken start = Current;
            if (start.IsSymbol('{'))
            {
                return ParseAggregate();
            }

            string sign = "";
            if (start.IsSymbol('-') || start.IsSymbol('+'))
            {
                sign = start.Text == "-" ? "-" : "";
                _index++;
                ProtoToken number = Current;
                if (number.Kind is ProtoTokenKind.Integer or ProtoTokenKind.Float || number.IsKeyword("inf") || number.IsKeyword("nan"))
                {
                    _index++;
                    ProtoValueKind kind = number.Kind == ProtoTokenKind.Integer ? ProtoValueKind.Integer : ProtoValueKind.Float;
                    return ProtoValue.Scalar(kind, sign + number.Text, start.Span.To(number.Span));
                }

                Error(number.Span, "expected a number after '" + start.Text + "', found " + Describe(number));
                return null;
            }

            switch (start.Kind)
            {
                case ProtoTokenKind.Integer:
                    _index++;
                    return ProtoValue.Scalar(ProtoValueKind.Integer, start.Text, start.Span);
                case ProtoTokenKind.Float:
                    _index++;
                    return ProtoValue.Scalar(ProtoValueKind.Float, start.Text, start.Span);
                case ProtoTokenKind.String:
                    string text = start.Value;
                    ProtoToken last = start;
                    _index++;
                    while (Current.Kind == ProtoTokenKind.String)
                    {
                        text += Current.Value;
                        last = Current;
                        _index++;
                    }

                    return ProtoValue.Scalar(ProtoValueKind.String, text, start.Span.To(last.Span));
                case ProtoTokenKind.Identifier:
                    string? identifier = ParseFullIdentifier("a value", allowLeadingDot: false);
                    return identifier is null ? null : ProtoValue.Scalar(ProtoValueKind.Identifier, identifier, start.Span.To(Previous.Span));
                default:
                    Error(start.Span, "expected a value, found " + Describe(start));
                    return null;
            }
        }

        /// <summary><c>{ name: value name { ... } name: [a, b] }</c> (text format), entries in order, a list as repeated entries.</summary>
        private ProtoValue? ParseAggregate()
        {
            ProtoToken open = Current;
            _index++;
            var entries = new List<ProtoAggregateEntry>();
            while (!AtEnd && !Current.IsSymbol('}'))
            {
                ProtoToken nameToken = Current;
                string? name;
                if (Current.IsSymbol('['))
                {
                    _index++;
                    name = ParseFullIdentifier("an extension name", allowLeadingDot: true);
                    if (name is null || !Expect(']'))
                    {
                        return null;
                    }
                }
                else
                {
                    name = ParseFullIdentifier("a field name", allowLeadingDot: false);
                    if (name is null)
                    {
                        return null;
                    }
                }

                SourceSpan nameSpan = nameToken.Span.To(Previous.Span);
                bool colon = Current.IsSymbol(':');
                if (colon)
                {
                    _index++;
                }

                if (Current.IsSymbol('['))
                {
                    _index++;
                    while (!AtEnd && !Current.IsSymbol(']'))
                    {
                        ProtoValue? item = ParseValue();
                        if (item is null)
                        {
                            return null;
                        }

                        entries.Add(new ProtoAggregateEntry(name, item, nameSpan));
                        if (!Current.IsSymbol(','))
                        {
                            break;
                        }

                        _index++;
                    }

                    if (!Expect(']'))
                    {
                        return null;
                    }
                }
                else if (!colon && !Current.IsSymbol('{'))
                {
                    Error(Current.Span, "expected ':' after '" + name + "', found " + Describe(Current));
                    return null;
                }
                else
                {
                    ProtoValue? value = ParseValue();
                    if (value is null)
                    {
                        return null;
                    }

                    entries.Add(new ProtoAggregateEntry(name, value, nameSpan));
                }

                if (Current.IsSymbol(',') || Current.IsSymbol(';'))
                {
                    _index++;
                }
            }

            ProtoToken close = Current;
            if (!Expect('}'))
            {
                return null;
            }

            return new ProtoValue(ProtoValueKind.Aggregate, "", new EquatableArray<ProtoAggregateEntry>(entries.ToArray()), open.Span.To(close.Span));
        }

        private void AddAnnotations(EquatableArray<ProtoComment> comments, List<ProtoOptionSyntax> options)
        {
            foreach (ProtoComment comment in comments)
            {
                AddAnnotations(comment, options);
            }
        }

        /// <summary>
        /// Reads every <c>[etp: key = value, flag]</c> of a one-line comment as options <c>(etp.key) = value</c> and
        /// <c>(etp.flag) = true</c>; a malformed one is an <see cref="ProtoProblemKind.InvalidOption"/> error (an annotation
        /// that was meant as a limit must not be dropped quietly).
        /// </summary>
        private void AddAnnotations(ProtoComment comment, List<ProtoOptionSyntax> options)
        {
            if (comment.Span.StartLine != comment.Span.EndLine || comment.Text.IndexOf(AnnotationStart, System.StringComparison.Ordinal) < 0)
            {
                return;
            }

            string raw = _text.Substring(comment.Span.Start, comment.Span.Length);
            int search = 0;
            int open;
            while ((open = raw.IndexOf(AnnotationStart, search, System.StringComparison.Ordinal)) >= 0)
            {
                int bodyStart = open + AnnotationStart.Length;
                int close = FindAnnotationEnd(raw, bodyStart);
                SourceSpan annotationSpan = Shift(comment.Span, open, (close < 0 ? raw.Length : close + 1) - open);
                if (close < 0)
                {
                    _problems.Add(ProtoProblem.Of(ProtoProblemKind.InvalidOption, annotationSpan, raw.Substring(open).Trim(), "the annotation is not closed with ']'"));
                    return;
                }

                (List<ProtoToken> tokens, _, List<ProtoProblem> lexed) = ProtoLexer.Tokenize(
                    raw.Substring(bodyStart, close - bodyStart),
                    comment.Span.Start + bodyStart,
                    comment.Span.StartLine,
                    comment.Span.StartColumn + bodyStart);
                var entries = new ProtoParser(_text, tokens, _cancellationToken);
                entries._problems.AddRange(lexed);
                entries.ParseAnnotationEntries(options);
                foreach (ProtoProblem problem in entries._problems)
                {
                    string why = problem.Arguments.Length > 0 ? problem.Arguments[0] : "it cannot be read";
                    _problems.Add(ProtoProblem.Of(ProtoProblemKind.InvalidOption, annotationSpan, raw.Substring(open, close + 1 - open), why));
                }

                search = close + 1;
            }
        }

        /// <summary><c>key = value, flag, ...</c> up to the end of the annotation's tokens.</summary>
        private void ParseAnnotationEntries(List<ProtoOptionSyntax> options)
        {
            while (!AtEnd)
            {
                ProtoToken key = Current;
                string? name = ParseFullIdentifier("an etp option name", allowLeadingDot: false);
                if (name is null)
                {
                    return;
                }

                SourceSpan nameSpan = key.Span.To(Previous.Span);
                ProtoValue? value;
                if (Current.IsSymbol('='))
                {
                    _index++;
                    value = ParseValue();
                    if (value is null)
                    {
                        return;
                    }
                }
                else
                {
                    value = ProtoValue.Scalar(ProtoValueKind.Identifier, "true", nameSpan);
                }

                options.Add(new ProtoOptionSyntax(ProtoAnnotations.Package + "." + name, true, null, value, nameSpan, nameSpan.To(value.Span)));
                if (AtEnd)
                {
                    return;
                }

                if (!Current.IsSymbol(','))
                {
                    Error(Current.Span, "expected ',' or the end of the annotation, found " + Describe(Current));
                    return;
                }

                _index++;
            }
        }

        /// <summary>The index of the <c>]</c> that closes an annotation whose body starts at <paramref name="start"/>; -1 if none.</summary>
        internal static int FindAnnotationEnd(string raw, int start)
        {
            int depth = 0;
            char quote = '\0';
            for (int i = start; i < raw.Length; i++)
            {
                char c = raw[i];
                if (quote != '\0')
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c is '[' or '{')
                {
                    depth++;
                }
                else if (c is ']' or '}')
                {
                    if (depth == 0)
                    {
                        return c == ']' ? i : -1;
                    }

                    depth--;
                }
            }

            return -1;
        }

        private static SourceSpan Shift(SourceSpan line, int offset, int length) =>
            new SourceSpan(line.Start + offset, length, line.StartLine, line.StartColumn + offset, line.StartLine, line.StartColumn + offset + length);

        /// <summary>Every comment not yet attached that starts before <paramref name="offset"/>: a declaration's leading comments.</summary>
        private EquatableArray<ProtoComment> TakeLeadingComments(int offset)
        {
            int first = _nextComment;
            while (_nextComment < _comments.Count && _comments[_nextComment].Span.Start < offset)
            {
                _nextComment++;
            }

            if (_nextComment == first)
            {
                return EquatableArray<ProtoComment>.Empty;
            }

            return new EquatableArray<ProtoComment>(_comments.GetRange(first, _nextComment - first).ToArray());
        }

        /// <summary>The comment after <paramref name="end"/> on its line, before the next token; null if none.</summary>
        private ProtoComment? TakeTrailingComment(SourceSpan end)
        {
            if (_nextComment < _comments.Count)
            {
                ProtoComment comment = _comments[_nextComment];
                if (comment.Span.Start >= end.End && comment.Span.StartLine == end.EndLine && comment.Span.Start < Current.Span.Start)
                {
                    _nextComment++;
                    return comment;
                }
            }

            return null;
        }

        /// <summary>The first comment on <paramref name="line"/> before the next token (the comment on a message's name line).</summary>
        private ProtoComment? TakeCommentOnLine(int line)
        {
            if (_nextComment < _comments.Count)
            {
                ProtoComment comment = _comments[_nextComment];
                if (comment.Span.StartLine == line && comment.Span.Start < Current.Span.Start)
                {
                    _nextComment++;
                    return comment;
                }
            }

            return null;
        }

        private void DropCommentsBefore(int offset)
        {
            while (_nextComment < _comments.Count && _comments[_nextComment].Span.Start < offset)
            {
                _nextComment++;
            }
        }
    }
}
