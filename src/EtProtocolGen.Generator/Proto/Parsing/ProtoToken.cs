namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>One token: its kind, its text as written, its value (unescaped for strings) and where it is.</summary>
    internal readonly struct ProtoToken
    {
        public ProtoToken(ProtoTokenKind kind, string text, string value, SourceSpan span)
        {
            Kind = kind;
            Text = text;
            Value = value;
            Span = span;
        }

        public ProtoTokenKind Kind { get; }

        public string Text { get; }

        public string Value { get; }

        public SourceSpan Span { get; }

        public bool Is(ProtoTokenKind kind, string text) => Kind == kind && Text == text;

        public bool IsSymbol(char symbol) => Kind == ProtoTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

        public bool IsKeyword(string keyword) => Kind == ProtoTokenKind.Identifier && Text == keyword;
    }
}
