using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>
    /// Splits a .proto file into tokens and comments, with positions. Never throws: a character that starts no token becomes
    /// an <see cref="ProtoTokenKind.Invalid"/> token and an unterminated string or comment ends at the end of the file, for the
    /// parser to report.
    /// </summary>
    internal sealed class ProtoLexer
    {
        private readonly string _text;
        private readonly List<ProtoToken> _tokens = new List<ProtoToken>();
        private readonly List<ProtoComment> _comments = new List<ProtoComment>();
        private readonly List<ProtoProblem> _problems = new List<ProtoProblem>();
        private int _position;
        private int _line;
        private int _column;
        private readonly int _originOffset;
        private int _lastTokenLine = -1;

        private ProtoLexer(string text, int originOffset, int originLine, int originColumn)
        {
            _text = text;
            _originOffset = originOffset;
            _line = originLine;
            _column = originColumn;
        }

        /// <summary>
        /// Tokenizes <paramref name="text"/>: tokens end with one <see cref="ProtoTokenKind.EndOfFile"/>. The origin places a
        /// piece of a file (an annotation in a comment) where it is in the file, so its spans point there.
        /// </summary>
        public static (List<ProtoToken> Tokens, List<ProtoComment> Comments, List<ProtoProblem> Problems) Tokenize(
            string text,
            int originOffset = 0,
            int originLine = 0,
            int originColumn = 0)
        {
            var lexer = new ProtoLexer(text, originOffset, originLine, originColumn);
            lexer.Run();
            return (lexer._tokens, lexer._comments, lexer._problems);
        }

        private void Run()
        {
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                Advance();
            }

            while (true)
            {
                SkipWhitespace();
                if (_position >= _text.Length)
                {
                    _tokens.Add(new ProtoToken(ProtoTokenKind.EndOfFile, "", "", SpanFrom(_position, _line, _column)));
                    return;
                }

                char c = _text[_position];
                if (c == '/' && Peek(1) is '/' or '*')
                {
                    ReadComment();
                }
                else if (IsLetter(c))
                {
                    ReadWord();
                }
                else if (IsDigit(c) || c == '.' && IsDigit(Peek(1)))
                {
                    ReadNumber();
                }
                else if (c is '"' or '\'')
                {
                    ReadString(c);
                }
                else
                {
                    int start = _position, line = _line, column = _column;
                    Advance();
                    ProtoTokenKind kind = "=;{}[]()<>,.:-+/".IndexOf(c) >= 0 ? ProtoTokenKind.Symbol : ProtoTokenKind.Invalid;
                    Add(kind, start, line, column, c.ToString());
                }
            }
        }

        private void ReadComment()
        {
            int start = _position, line = _line, column = _column;
            bool trailing = _lastTokenLine == _line;
            if (Peek(1) == '/')
            {
                bool documentation = Peek(2) == '/' && Peek(3) != '/';
                while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
                {
                    Advance();
                }

                string body = _text.Substring(start, _position - start).TrimStart('/').Trim();
                _comments.Add(new ProtoComment(body, documentation, trailing, SpanFrom(start, line, column)));
                return;
            }

            Advance();
            Advance();
            bool closed = false;
            while (_position < _text.Length)
            {
                if (_text[_position] == '*' && Peek(1) == '/')
                {
                    Advance();
                    Advance();
                    closed = true;
                    break;
                }

                Advance();
            }

            SourceSpan span = SpanFrom(start, line, column);
            if (!closed)
            {
                _problems.Add(ProtoProblem.Of(ProtoProblemKind.Syntax, span, "the comment is not closed with */"));
            }

            string text = _text.Substring(start + 2, _position - start - (closed ? 4 : 2)).Trim();
            _comments.Add(new ProtoComment(text, false, trailing, span));
        }

        private void ReadWord()
        {
            int start = _position, line = _line, column = _column;
            while (_position < _text.Length && (IsLetter(_text[_position]) || IsDigit(_text[_position])))
            {
                Advance();
            }

            string word = _text.Substring(start, _position - start);
            Add(ProtoTokenKind.Identifier, start, line, column, word);
        }

        private void ReadNumber()
        {
            int start = _position, line = _line, column = _column;
            bool isFloat = false;
            if (_text[_position] == '0' && Peek(1) is 'x' or 'X')
            {
                Advance();
                Advance();
                while (_position < _text.Length && IsHexDigit(_text[_position]))
                {
                    Advance();
                }
            }
            else
            {
                while (_position < _text.Length && IsDigit(_text[_position]))
                {
                    Advance();
                }

                if (_position < _text.Length && _text[_position] == '.')
                {
                    isFloat = true;
                    Advance();
                    while (_position < _text.Length && IsDigit(_text[_position]))
                    {
                        Advance();
                    }
                }

                if (_position < _text.Length && _text[_position] is 'e' or 'E'
                    && (IsDigit(Peek(1)) || Peek(1) is '+' or '-' && IsDigit(Peek(2))))
                {
                    isFloat = true;
                    Advance();
                    Advance();
                    while (_position < _text.Length && IsDigit(_text[_position]))
                    {
                        Advance();
                    }
                }
            }

            // A number glued to letters (12ab) is one bad token, not a number followed by a name.
            ProtoTokenKind kind = isFloat ? ProtoTokenKind.Float : ProtoTokenKind.Integer;
            while (_position < _text.Length && (IsLetter(_text[_position]) || IsDigit(_text[_position])))
            {
                Advance();
                kind = ProtoTokenKind.Invalid;
            }

            Add(kind, start, line, column, _text.Substring(start, _position - start));
        }

        private void ReadString(char quote)
        {
            int start = _position, line = _line, column = _column;
            Advance();
            var value = new StringBuilder();
            bool closed = false;
            while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
            {
                char c = _text[_position];
                if (c == quote)
                {
                    Advance();
                    closed = true;
                    break;
                }

                if (c == '\\')
                {
                    Advance();
                    ReadEscape(value);
                    continue;
                }

                value.Append(c);
                Advance();
            }

            string text = _text.Substring(start, _position - start);
            if (!closed)
            {
                _problems.Add(ProtoProblem.Of(ProtoProblemKind.Syntax, SpanFrom(start, line, column), "the string is not closed on its line"));
            }

            _tokens.Add(new ProtoToken(ProtoTokenKind.String, text, value.ToString(), SpanFrom(start, line, column)));
            _lastTokenLine = _line;
        }

        private void ReadEscape(StringBuilder value)
        {
            if (_position >= _text.Length)
            {
                return;
            }

            char c = _text[_position];
            Advance();
            switch (c)
            {
                case 'a': value.Append('\a'); return;
                case 'b': value.Append('\b'); return;
                case 'f': value.Append('\f'); return;
                case 'n': value.Append('\n'); return;
                case 'r': value.Append('\r'); return;
                case 't': value.Append('\t'); return;
                case 'v': value.Append('\v'); return;
                case 'x':
                case 'X':
                    value.Append((char)ReadDigits(16, 2));
                    return;
                case 'u':
                    value.Append((char)ReadDigits(16, 4));
                    return;
                default:
                    if (c >= '0' && c <= '7')
                    {
                        _position--;
                        _column--;
                        value.Append((char)ReadDigits(8, 3));
                        return;
                    }

                    value.Append(c);
                    return;
            }
        }

        private int ReadDigits(int radix, int maxDigits)
        {
            int result = 0;
            for (int i = 0; i < maxDigits && _position < _text.Length; i++)
            {
                int digit = char.IsDigit(_text[_position]) ? _text[_position] - '0'
                    : radix == 16 && IsHexDigit(_text[_position]) ? char.ToLowerInvariant(_text[_position]) - 'a' + 10
                    : -1;
                if (digit < 0 || digit >= radix)
                {
                    break;
                }

                result = (result * radix) + digit;
                Advance();
            }

            return result;
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                Advance();
            }
        }

        private void Advance()
        {
            char c = _text[_position++];
            if (c == '\n' || c == '\r' && (_position >= _text.Length || _text[_position] != '\n'))
            {
                _line++;
                _column = 0;
            }
            else if (c != '\r')
            {
                _column++;
            }
        }

        private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

        private void Add(ProtoTokenKind kind, int start, int line, int column, string text)
        {
            _tokens.Add(new ProtoToken(kind, text, text, SpanFrom(start, line, column)));
            _lastTokenLine = _line;
        }

        private SourceSpan SpanFrom(int start, int line, int column) =>
            new SourceSpan(_originOffset + start, _position - start, line, column, _line, _column);

        private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

        private static bool IsDigit(char c) => c is >= '0' and <= '9';

        private static bool IsHexDigit(char c) => IsDigit(c) || c is >= 'a' and <= 'f' or >= 'A' and <= 'F';

        /// <summary>The value of an integer literal as written (decimal, 0x hex or 0 octal); false when it does not fit 64 bits.</summary>
        public static bool TryParseInteger(string text, out ulong value)
        {
            value = 0;
            if (text.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase))
            {
                return text.Length > 2 && ulong.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
            }

            if (text.Length > 1 && text[0] == '0')
            {
                foreach (char c in text)
                {
                    if (c is < '0' or > '7' || value > ulong.MaxValue / 8)
                    {
                        return false;
                    }

                    value = (value * 8) + (ulong)(c - '0');
                }

                return true;
            }

            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
    }
}
