using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>
    /// The members the generator adds to every message, and the user members that would collide with them: a member of the
    /// same name that is not a method (<c>[Field(1)] public ushort Opcode</c>, CS0102), a method with the same parameters
    /// (CS0111), or an inherited one the generated member would hide (CS0108, an error under warnings-as-errors). The
    /// generator skips such a message and ETP0007 reports the member, both through <see cref="FindCollisions"/>.
    /// The table is pinned to the emitted code by a test.
    /// </summary>
    internal static class GeneratedMembers
    {
        /// <summary>The hook the generated <c>Validate()</c> calls; the user implements it as a partial method.</summary>
        public const string ValidationHook = "OnValidate";

        /// <summary>
        /// Each generated member: name, parameter types (fully qualified, without <c>global::</c>, with <c>&amp;</c> for ref, out
        /// and in, which C# does not tell apart in overloads; null for a constant) and how it reads.
        /// </summary>
        internal static readonly (string Name, string[]? Parameters, string Signature)[] All =
        {
            ("Opcode", null, "public const ushort Opcode"),
            ("CalculateSize", new string[0], "public int CalculateSize()"),
            ("CalculateSizeBound", new string[0], "public long CalculateSizeBound()"),
            ("WriteTo", new[] { "System.Buffers.IBufferWriter<byte>" }, "public void WriteTo(IBufferWriter<byte> output)"),
            ("TryWriteTo", new[] { "System.Span<byte>", "int&" }, "public bool TryWriteTo(Span<byte> destination, out int bytesWritten)"),
            ("Parse", new[] { "System.ReadOnlySpan<byte>" }, "public static T Parse(ReadOnlySpan<byte> data)"),
            ("Parse", new[] { "System.Buffers.ReadOnlySequence<byte>&" }, "public static T Parse(in ReadOnlySequence<byte> data)"),
            ("TryParse", new[] { "System.ReadOnlySpan<byte>", "$message&", "EtProtocolGen.ProtocolError&" }, "public static bool TryParse(ReadOnlySpan<byte> data, out T message, out ProtocolError error)"),
            ("WriteFields", new[] { "EtProtocolGen.Wire.ProtoWriter&" }, "public void WriteFields(ref ProtoWriter writer)"),
            ("ReadFrom", new[] { "EtProtocolGen.Wire.ProtoReader&" }, "public static T ReadFrom(ref ProtoReader reader)"),
            ("Validate", new string[0], "public ValidationResult Validate()"),
            (ValidationHook, new[] { "EtProtocolGen.ValidationResult&" }, "partial void OnValidate(ref ValidationResult result)"),
        };

        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

        /// <summary>The first member that <see cref="FindCollisions"/> finds, or null: the generator's question.</summary>
        public static ISymbol? FindCollision(INamedTypeSymbol message)
        {
            foreach ((ISymbol member, string _) in FindCollisions(message))
            {
                return member;
            }

            return null;
        }

        /// <summary>
        /// Every member of <paramref name="message"/> or of its base types that collides with a generated member, with the
        /// generated member's signature. <paramref name="isGenerated"/> tells apart the generator's own members, which
        /// analyzers see next to the user's.
        /// </summary>
        public static IEnumerable<(ISymbol Member, string GeneratedSignature)> FindCollisions(INamedTypeSymbol message, Func<ISymbol, bool>? isGenerated = null)
        {
            for (INamedTypeSymbol? type = message; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                bool inherited = !ReferenceEquals(type, message);
                if (inherited && IsMessage(type))
                {
                    break;
                }

                foreach ((string name, string[]? parameters, string signature) in All)
                {
                    foreach (ISymbol member in type.GetMembers(name))
                    {
                        if (member.IsImplicitlyDeclared
                            || isGenerated?.Invoke(member) == true
                            || inherited && member.DeclaredAccessibility == Accessibility.Private)
                        {
                            continue;
                        }

                        if (member is not IMethodSymbol method
                            || parameters is not null && SameParameters(method, parameters, message) && !(name == ValidationHook && !inherited && IsValidationHook(method)))
                        {
                            yield return (member, signature);
                        }
                    }
                }
            }
        }

        /// <summary>The user's half of the hook: <c>partial void OnValidate(ref ValidationResult result) { ... }</c>, as the generated declaration requires.</summary>
        private static bool IsValidationHook(IMethodSymbol method)
        {
            if (!method.ReturnsVoid || method.IsStatic)
            {
                return false;
            }

            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not MethodDeclarationSyntax declaration
                    || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                    || declaration.Body is null && declaration.ExpressionBody is null)
                {
                    return false;
                }

                foreach (SyntaxToken modifier in declaration.Modifiers)
                {
                    if (!modifier.IsKind(SyntaxKind.PartialKeyword))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool SameParameters(IMethodSymbol method, string[] parameters, INamedTypeSymbol message)
        {
            if (method.Parameters.Length != parameters.Length)
            {
                return false;
            }

            for (int i = 0; i < parameters.Length; i++)
            {
                IParameterSymbol parameter = method.Parameters[i];
                string expected = parameters[i];
                bool byReference = expected.EndsWith("&", StringComparison.Ordinal);
                expected = byReference ? expected.Substring(0, expected.Length - 1) : expected;
                bool same = byReference == (parameter.RefKind != RefKind.None)
                    && (expected == "$message"
                        ? SymbolEqualityComparer.Default.Equals(parameter.Type.OriginalDefinition, message)
                        : parameter.Type.ToDisplayString(TypeFormat) == expected);
                if (!same)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A base type that is itself a message is ETP0006's (a message cannot derive from a message), not a collision.</summary>
        private static bool IsMessage(INamedTypeSymbol type) => FieldTypeClassifier.IsMessageType(type);
    }
}
