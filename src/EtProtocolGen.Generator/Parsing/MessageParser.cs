using System.Collections.Generic;
using System.Threading;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>
    /// Turns a <c>[Message]</c> type into a <see cref="MessageModel"/>, or null when the generator cannot emit
    /// valid code for it (not partial, unsupported member, bad or duplicate field number...). It reports nothing:
    /// the analyzers explain why a message was skipped.
    /// </summary>
    internal static class MessageParser
    {
        /// <summary>Type names in type positions: fully qualified, with nullable reference annotations.</summary>
        private static readonly SymbolDisplayFormat AnnotatedTypeFormat =
            SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>Type names for casts and static member access: fully qualified, no annotation.</summary>
        private static readonly SymbolDisplayFormat TypeReferenceFormat = SymbolDisplayFormat.FullyQualifiedFormat;

        public static MessageModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type
                || context.TargetNode is not TypeDeclarationSyntax declaration
                || !IsFirstMessageDeclaration(type, declaration)
                || !CanEmitType(type, out ProtocolMessage declared, cancellationToken)
                || !TryGetContainingTypes(declaration, out EquatableArray<ContainingTypeModel> containingTypes)
                || !TryGetNamespace(type, out string? ns))
            {
                return null;
            }

            int maxDepth = declared.MaxDepth > 0 ? LimitsModel.ClampDepth(declared.MaxDepth) : 0;
            var visiting = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { type };
            var fields = new List<FieldModel>();
            if (!TryParseFields(type, visiting, fields, cancellationToken))
            {
                return null;
            }

            return new MessageModel(
                ns,
                containingTypes,
                EscapeIdentifier(type.Name),
                GetKeyword(declaration),
                type.ToDisplayString(TypeReferenceFormat),
                GetHintName(type),
                declared.Opcode,
                maxDepth,
                GetToStringKind(type),
                new EquatableArray<FieldModel>(fields.ToArray()));
        }

        /// <summary>
        /// True for the one declaration of <paramref name="type"/> that carries its first <c>[Message]</c>. Every partial
        /// declaration with the attribute is a target of its own (two are an error, CS0579, but the generators still run),
        /// and both generators must produce one model per type, never one per declaration.
        /// </summary>
        public static bool IsFirstMessageDeclaration(INamedTypeSymbol type, SyntaxNode declaration)
        {
            return ProtocolMessage.FindAttribute(type)?.ApplicationSyntaxReference is { } reference
                && reference.SyntaxTree == declaration.SyntaxTree
                && declaration.Span.Contains(reference.Span);
        }

        /// <summary>
        /// The type-level conditions for emitting <paramref name="type"/>'s serializer, whatever its fields: every declaration
        /// (and every containing type's) partial and named, a supported shape, a valid opcode, no member that collides with a
        /// generated one. <see cref="Parse"/> and <see cref="IsUsableMessageType"/> both ask it, so a message used as a field
        /// has a serializer exactly when one is emitted.
        /// </summary>
        private static bool CanEmitType(INamedTypeSymbol type, out ProtocolMessage declared, CancellationToken cancellationToken)
        {
            declared = default;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                    || declaration.Identifier.IsMissing
                    || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                    || !TryGetContainingTypes(declaration, out _))
                {
                    return false;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (ProtocolMessage.FindAttribute(type) is not { } attribute)
            {
                return false;
            }

            declared = ProtocolMessage.Read(type, attribute);
            return declared.IsDeclarationValid
                && MessageShape.Check(type) == MessageShapeProblem.None
                && GeneratedMembers.FindCollision(type) is null
                && TryGetNamespace(type, out _);
        }

        /// <summary>The namespace as written in a namespace declaration (keywords escaped), null for the global one; false when a part is still being typed.</summary>
        private static bool TryGetNamespace(INamedTypeSymbol type, out string? ns)
        {
            ns = null;
            var parts = new List<string>();
            for (INamespaceSymbol? current = type.ContainingNamespace; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
            {
                if (!SyntaxFacts.IsValidIdentifier(current.Name))
                {
                    return false;
                }

                parts.Insert(0, EscapeIdentifier(current.Name));
            }

            ns = parts.Count == 0 ? null : string.Join(".", parts);
            return true;
        }

        private static bool TryGetContainingTypes(TypeDeclarationSyntax declaration, out EquatableArray<ContainingTypeModel> containingTypes)
        {
            var types = new List<ContainingTypeModel>();
            for (SyntaxNode? node = declaration.Parent; node is not null; node = node.Parent)
            {
                if (node is TypeDeclarationSyntax outer)
                {
                    if (!outer.Modifiers.Any(SyntaxKind.PartialKeyword) || outer.TypeParameterList is not null || outer.Identifier.IsMissing)
                    {
                        containingTypes = default;
                        return false;
                    }

                    types.Insert(0, new ContainingTypeModel(GetKeyword(outer), EscapeIdentifier(outer.Identifier.ValueText)));
                }
            }

            containingTypes = new EquatableArray<ContainingTypeModel>(types.ToArray());
            return true;
        }

        private static string GetKeyword(TypeDeclarationSyntax declaration) => declaration switch
        {
            RecordDeclarationSyntax record when record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => "record struct",
            RecordDeclarationSyntax => "record",
            StructDeclarationSyntax => "struct",
            InterfaceDeclarationSyntax => "interface",
            _ => "class",
        };

        /// <summary><c>Namespace.Outer.Type.g.cs</c>, from the names as declared (no <c>@</c>). Unique among messages only up to case: <c>HintNames</c> settles collisions.</summary>
        private static string GetHintName(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (ISymbol? current = type; current is INamedTypeSymbol or INamespaceSymbol { IsGlobalNamespace: false }; current = current.ContainingSymbol)
            {
                parts.Insert(0, current.Name);
            }

            return string.Join(".", parts) + ".g.cs";
        }

        private static ToStringKind GetToStringKind(INamedTypeSymbol type)
        {
            if (type.IsRecord)
            {
                foreach (ISymbol member in type.GetMembers("PrintMembers"))
                {
                    if (!member.IsImplicitlyDeclared)
                    {
                        return ToStringKind.None;
                    }
                }

                if (type.IsValueType || type.IsSealed && type.BaseType?.SpecialType == SpecialType.System_Object)
                {
                    return ToStringKind.PrintMembersPrivate;
                }

                return type.BaseType?.SpecialType == SpecialType.System_Object ? ToStringKind.PrintMembersVirtual : ToStringKind.PrintMembersOverride;
            }

            foreach (ISymbol member in type.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsStatic: false, IsImplicitlyDeclared: false })
                {
                    return ToStringKind.None;
                }
            }

            return ToStringKind.Override;
        }

        /// <summary>
        /// Checks every <c>[Field]</c> member of <paramref name="type"/> as the emitter needs it (supported type, valid and unique
        /// number, supported encoding, enforceable validation, usable nested messages) and, when <paramref name="models"/> is given,
        /// adds their models. Without it this is the cheap yes/no that nested-message and serializer checks ask, which builds no
        /// type names.
        /// </summary>
        private static bool TryParseFields(INamedTypeSymbol type, HashSet<ISymbol> visiting, List<FieldModel>? models, CancellationToken cancellationToken)
        {
            var numbers = new HashSet<int>();
            Dictionary<ISymbol, long?>? bounds = models is null ? null : new Dictionary<ISymbol, long?>(SymbolEqualityComparer.Default);
            foreach (ISymbol member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                FieldRead read = TryReadField(member, out FieldDeclaration declaration);
                if (read == FieldRead.NotAField)
                {
                    continue;
                }

                // A second member of the same name (CS0102 in the user's code) would make every generated use of it ambiguous.
                if (read == FieldRead.Unusable
                    || type.GetMembers(member.Name).Length != 1
                    || !numbers.Add(declaration.Number)
                    || declaration.Info.ValueKind == FieldValueKind.Message && !IsUsableMessageType(declaration.Info.Surrogate ?? declaration.Info.ValueType, visiting, cancellationToken))
                {
                    return false;
                }

                models?.Add(CreateField(member, declaration, bounds!, cancellationToken));
            }

            models?.Sort(static (left, right) => left.Number.CompareTo(right.Number));
            return true;
        }

        /// <summary>
        /// The checks the generated <c>Validate()</c> of <paramref name="type"/> makes, as they read in source and in the order it
        /// makes them (<c>[Required, Range(1, 10)] Level</c>), read by the same code that the serializer's checks come from.
        /// </summary>
        public static EquatableArray<string> DescribeValidation(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var validated = new List<(int Number, string Text)>();
            foreach (ISymbol member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TryReadField(member, out FieldDeclaration declaration) != FieldRead.Usable || declaration.Validation.IsEmpty)
                {
                    continue;
                }

                var rules = new List<string>();
                foreach (ValidationModel rule in declaration.Validation)
                {
                    rules.Add(rule.Declaration);
                }

                validated.Add((declaration.Number, "[" + string.Join(", ", rules) + "] " + member.Name));
            }

            validated.Sort(static (left, right) => left.Number.CompareTo(right.Number));
            var texts = new string[validated.Count];
            for (int i = 0; i < texts.Length; i++)
            {
                texts[i] = validated[i].Text;
            }

            return new EquatableArray<string>(texts);
        }

        private enum FieldRead
        {
            NotAField,
            Unusable,
            Usable,
        }

        /// <summary>What a <c>[Field]</c> member declares, once it is known to be emittable. Lives only inside one transform.</summary>
        private readonly record struct FieldDeclaration(
            ITypeSymbol MemberType,
            int Number,
            FieldTypeInfo Info,
            int Encoding,
            int MaxLength,
            EquatableArray<ValidationModel> Validation,
            bool Sensitive);

        /// <summary>
        /// Reads a member's attributes in one pass: [Field], [Sensitive] and the validation rules. Unusable when the generated code
        /// could not serialize it as declared, or could not enforce one of its rules (ETP0004, ETP0016 and ETP0017 say why).
        /// </summary>
        private static FieldRead TryReadField(ISymbol member, out FieldDeclaration declaration)
        {
            declaration = default;
            AttributeData? fieldAttribute = null;
            bool sensitive = false;
            List<ValidationModel>? rules = null;
            foreach (AttributeData attribute in member.GetAttributes())
            {
                switch (AttributeNames.Of(attribute.AttributeClass))
                {
                    case null:
                        break;
                    case AttributeNames.Field:
                        fieldAttribute = attribute;
                        break;
                    case AttributeNames.Sensitive:
                        sensitive = true;
                        break;
                    default:
                        if (ValidationRules.TryRead(attribute, out ValidationModel rule))
                        {
                            (rules ??= new List<ValidationModel>()).Add(rule);
                        }

                        break;
                }
            }

            if (fieldAttribute is null)
            {
                return FieldRead.NotAField;
            }

            if (!FieldTypeClassifier.TryGetMemberType(member, out ITypeSymbol type)
                || fieldAttribute.ConstructorArguments.Length != 1
                || fieldAttribute.ConstructorArguments[0].Value is not int number
                || !FieldTypeClassifier.IsValidFieldNumber(number)
                || !FieldTypeClassifier.TryClassify(type, WireSurrogates.Of(member.ContainingAssembly), out FieldTypeInfo info))
            {
                return FieldRead.Unusable;
            }

            int encoding = RuntimeContract.FieldEncoding.Default;
            foreach (KeyValuePair<string, TypedConstant> argument in fieldAttribute.NamedArguments)
            {
                if (argument.Key == "Encoding" && argument.Value.Value is int encodingValue)
                {
                    encoding = encodingValue;
                }
            }

            if (!FieldTypeClassifier.IsEncodingSupported(info.ValueKind, encoding))
            {
                return FieldRead.Unusable;
            }

            int maxLength = 0;
            var checks = new List<ValidationModel>();
            if (rules is not null)
            {
                foreach (ValidationModel rule in rules)
                {
                    if (rule.Rule == ValidationRule.MaxLength)
                    {
                        maxLength = rule.Length;
                    }
                    else
                    {
                        checks.Add(rule);
                    }
                }

                foreach (ValidationModel rule in rules)
                {
                    if (ValidationRules.FindProblem(rule, info.Shape, info.ValueKind, maxLength, out _) != ValidationProblem.None)
                    {
                        return FieldRead.Unusable;
                    }
                }

                checks.Sort(static (left, right) => left.Rule.CompareTo(right.Rule));
            }

            declaration = new FieldDeclaration(type, number, info, encoding, maxLength, new EquatableArray<ValidationModel>(checks.ToArray()), sensitive);
            return FieldRead.Usable;
        }

        private static FieldModel CreateField(ISymbol member, FieldDeclaration declaration, Dictionary<ISymbol, long?> bounds, CancellationToken cancellationToken)
        {
            FieldTypeInfo info = declaration.Info;
            ValueModel value = CreateValue(info.ValueKind, info.ValueType, declaration.Encoding) with
            {
                Surrogate = info.Surrogate?.ToDisplayString(TypeReferenceFormat),
                FieldsBound = info.ValueKind == FieldValueKind.Message ? FieldsBound(info.Surrogate ?? info.ValueType, bounds, cancellationToken) : null,
            };
            ValueModel? key = info.KeyType is null ? null : CreateValue(info.KeyKind, info.KeyType, RuntimeContract.FieldEncoding.Default);
            ITypeSymbol type = declaration.MemberType;
            ITypeSymbol declared = type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;
            return new FieldModel(
                EscapeIdentifier(member.Name),
                member.Name,
                declaration.Number,
                info.Shape,
                declared.ToDisplayString(AnnotatedTypeFormat),
                value,
                key,
                declaration.MaxLength,
                declaration.Validation,
                declaration.Sensitive);
        }

        /// <summary>The largest constant <see cref="FieldsBound"/> keeps: deeper sums of nested constants are left to run time.</summary>
        private const long MaxConstantBound = int.MaxValue;

        /// <summary>
        /// <see cref="ValueModel.FieldsBound"/> of <paramref name="messageType"/>: the sum of <see cref="SizeBounds.Field(FieldShape, int, FieldValueKind, int, long?)"/>
        /// over its fields when each is a constant, read from the same attributes as its own model. Null for a message of another
        /// assembly (it could be rebuilt with more fields without this one being regenerated) and for one that holds itself.
        /// <paramref name="bounds"/> remembers each message's result within one transform.
        /// </summary>
        private static long? FieldsBound(ITypeSymbol messageType, Dictionary<ISymbol, long?> bounds, CancellationToken cancellationToken)
        {
            if (messageType is not INamedTypeSymbol type || type.DeclaringSyntaxReferences.IsEmpty)
            {
                return null;
            }

            if (bounds.TryGetValue(type, out long? known))
            {
                return known;
            }

            // Until it is known, a message reached again through its own fields has no constant bound.
            bounds[type] = null;
            long total = 0;
            foreach (ISymbol member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                FieldRead read = TryReadField(member, out FieldDeclaration declaration);
                if (read == FieldRead.NotAField)
                {
                    continue;
                }

                FieldTypeInfo info = declaration.Info;
                long? nested = read == FieldRead.Usable && info.Shape == FieldShape.Single && info.ValueKind == FieldValueKind.Message
                    ? FieldsBound(info.Surrogate ?? info.ValueType, bounds, cancellationToken)
                    : null;
                long? field = read == FieldRead.Usable ? SizeBounds.Field(info.Shape, declaration.Number, info.ValueKind, declaration.Encoding, nested) : null;
                if (field is not long size || (total += size) > MaxConstantBound)
                {
                    return null;
                }
            }

            bounds[type] = total;
            return total;
        }

        private static ValueModel CreateValue(FieldValueKind kind, ITypeSymbol type, int encoding)
        {
            FieldValueKind underlying = default;
            if (kind == FieldValueKind.Enum && type is INamedTypeSymbol { EnumUnderlyingType: { } enumUnderlying })
            {
                FieldTypeClassifier.TryClassifyValue(enumUnderlying, out underlying);
            }

            return new ValueModel(
                kind,
                encoding,
                type.ToDisplayString(AnnotatedTypeFormat),
                type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeReferenceFormat),
                underlying,
                type.IsValueType);
        }

        /// <summary>
        /// True if generated code can call <paramref name="type"/>'s serializer: one of this compilation that
        /// <see cref="Parse"/> emits, or one of a referenced assembly that carries its generated members. The dispatch
        /// generator registers and dispatches only such messages, so that it never names a serializer that does not exist.
        /// </summary>
        public static bool HasSerializer(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            IsUsableMessageType(type, new HashSet<ISymbol>(SymbolEqualityComparer.Default), cancellationToken);

        /// <summary>
        /// True if generated code can call the serializer of a message used as a field: a message of another assembly
        /// must already carry its generated members; one of this compilation must itself be emittable, or the code
        /// that calls it would not compile.
        /// </summary>
        /// <summary>
        /// The type already has the serializer members generated code calls: a message of a referenced assembly, or, seen from an
        /// analyzer (whose compilation holds the generator's output), any message the generator emitted.
        /// </summary>
        public static bool CarriesGeneratedMembers(INamedTypeSymbol type) =>
            !type.GetMembers("ReadFrom").IsEmpty && !type.GetMembers("WriteFields").IsEmpty && !type.GetMembers("CalculateSize").IsEmpty
            && !type.GetMembers("CalculateSizeBound").IsEmpty;

        private static bool IsUsableMessageType(ITypeSymbol messageType, HashSet<ISymbol> visiting, CancellationToken cancellationToken)
        {
            if (messageType is not INamedTypeSymbol type)
            {
                return false;
            }

            if (type.DeclaringSyntaxReferences.IsEmpty)
            {
                return CarriesGeneratedMembers(type);
            }

            if (!visiting.Add(type))
            {
                return true;
            }

            return CanEmitType(type, out _, cancellationToken) && TryParseFields(type, visiting, models: null, cancellationToken);
        }

        private static string EscapeIdentifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
