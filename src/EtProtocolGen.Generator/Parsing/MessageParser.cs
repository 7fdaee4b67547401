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
                || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                || MessageShape.Check(type) != MessageShapeProblem.None)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();

            if (!TryGetContainingTypes(declaration, out EquatableArray<ContainingTypeModel> containingTypes))
            {
                return null;
            }

            AttributeData messageAttribute = context.Attributes[0];
            if (messageAttribute.ConstructorArguments.Length != 1 || messageAttribute.ConstructorArguments[0].Value is not ushort opcode)
            {
                return null;
            }

            int maxDepth = 0;
            foreach (KeyValuePair<string, TypedConstant> argument in messageAttribute.NamedArguments)
            {
                if (argument.Key == "MaxDepth" && argument.Value.Value is int depth && depth > 0)
                {
                    maxDepth = LimitsModel.ClampDepth(depth);
                }
            }

            var visiting = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { type };
            var fields = new List<FieldModel>();
            if (!TryParseFields(type, visiting, fields, cancellationToken))
            {
                return null;
            }

            string? ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
            return new MessageModel(
                ns,
                containingTypes,
                type.Name,
                GetKeyword(declaration),
                type.ToDisplayString(TypeReferenceFormat),
                GetHintName(ns, containingTypes, type.Name),
                opcode,
                maxDepth,
                GetToStringKind(type),
                new EquatableArray<FieldModel>(fields.ToArray()));
        }

        private static bool TryGetContainingTypes(TypeDeclarationSyntax declaration, out EquatableArray<ContainingTypeModel> containingTypes)
        {
            var types = new List<ContainingTypeModel>();
            for (SyntaxNode? node = declaration.Parent; node is not null; node = node.Parent)
            {
                if (node is TypeDeclarationSyntax outer)
                {
                    if (!outer.Modifiers.Any(SyntaxKind.PartialKeyword) || outer.TypeParameterList is not null)
                    {
                        containingTypes = default;
                        return false;
                    }

                    types.Insert(0, new ContainingTypeModel(GetKeyword(outer), outer.Identifier.ValueText));
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

        private static string GetHintName(string? ns, EquatableArray<ContainingTypeModel> containingTypes, string name)
        {
            var parts = new List<string>();
            if (ns is not null)
            {
                parts.Add(ns);
            }

            foreach (ContainingTypeModel containing in containingTypes)
            {
                parts.Add(containing.Name);
            }

            parts.Add(name);
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
        /// number, supported encoding, usable nested messages) and, when <paramref name="models"/> is given, adds their models.
        /// Without it this is the cheap yes/no that nested-message and serializer checks ask, which builds no type names.
        /// </summary>
        private static bool TryParseFields(INamedTypeSymbol type, HashSet<ISymbol> visiting, List<FieldModel>? models, CancellationToken cancellationToken)
        {
            var numbers = new HashSet<int>();
            foreach (ISymbol member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                AttributeData? fieldAttribute = FindAttribute(member, AttributeNames.Field);
                if (fieldAttribute is null)
                {
                    continue;
                }

                if (!TryReadField(member, fieldAttribute, out FieldDeclaration declaration)
                    || !numbers.Add(declaration.Number)
                    || declaration.Info.ValueKind == FieldValueKind.Message && !IsUsableMessageType(declaration.Info.ValueType, visiting, cancellationToken))
                {
                    return false;
                }

                models?.Add(CreateField(member, declaration));
            }

            models?.Sort(static (left, right) => left.Number.CompareTo(right.Number));
            return true;
        }

        /// <summary>What a <c>[Field]</c> member declares, once it is known to be emittable. Lives only inside one transform.</summary>
        private readonly record struct FieldDeclaration(ITypeSymbol MemberType, int Number, FieldTypeInfo Info, int Encoding);

        private static bool TryReadField(ISymbol member, AttributeData fieldAttribute, out FieldDeclaration declaration)
        {
            declaration = default;
            if (!FieldTypeClassifier.TryGetMemberType(member, out ITypeSymbol type)
                || fieldAttribute.ConstructorArguments.Length != 1
                || fieldAttribute.ConstructorArguments[0].Value is not int number
                || !FieldTypeClassifier.IsValidFieldNumber(number)
                || !FieldTypeClassifier.TryClassify(type, out FieldTypeInfo info))
            {
                return false;
            }

            int encoding = FieldTypeClassifier.EncodingDefault;
            foreach (KeyValuePair<string, TypedConstant> argument in fieldAttribute.NamedArguments)
            {
                if (argument.Key == "Encoding" && argument.Value.Value is int encodingValue)
                {
                    encoding = encodingValue;
                }
            }

            if (!FieldTypeClassifier.IsEncodingSupported(info.ValueKind, encoding))
            {
                return false;
            }

            declaration = new FieldDeclaration(type, number, info, encoding);
            return true;
        }

        private static FieldModel CreateField(ISymbol member, FieldDeclaration declaration)
        {
            FieldTypeInfo info = declaration.Info;
            ValueModel value = CreateValue(info.ValueKind, info.ValueType, declaration.Encoding);
            ValueModel? key = info.KeyType is null ? null : CreateValue(info.KeyKind, info.KeyType, FieldTypeClassifier.EncodingDefault);

            int maxLength = 0, minLength = 0;
            bool required = false, sensitive = false;
            RangeModel? range = null;
            foreach (AttributeData attribute in member.GetAttributes())
            {
                switch (AttributeNames.Of(attribute.AttributeClass))
                {
                    case AttributeNames.MaxLength:
                        maxLength = GetPositiveInt(attribute);
                        break;
                    case AttributeNames.MinLength:
                        minLength = GetPositiveInt(attribute);
                        break;
                    case AttributeNames.Required:
                        required = true;
                        break;
                    case AttributeNames.Sensitive:
                        sensitive = true;
                        break;
                    case AttributeNames.Range:
                        range = GetRange(attribute);
                        break;
                }
            }

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
                maxLength,
                minLength,
                required,
                range,
                sensitive);
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
        private static bool IsUsableMessageType(ITypeSymbol messageType, HashSet<ISymbol> visiting, CancellationToken cancellationToken)
        {
            if (messageType is not INamedTypeSymbol type)
            {
                return false;
            }

            if (type.DeclaringSyntaxReferences.IsEmpty)
            {
                return !type.GetMembers("ReadFrom").IsEmpty && !type.GetMembers("WriteFields").IsEmpty && !type.GetMembers("CalculateSize").IsEmpty
                    && !type.GetMembers("CalculateSizeBound").IsEmpty;
            }

            if (!visiting.Add(type))
            {
                return true;
            }

            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                    || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                    || !TryGetContainingTypes(declaration, out _))
                {
                    return false;
                }
            }

            return MessageShape.Check(type) == MessageShapeProblem.None && TryParseFields(type, visiting, models: null, cancellationToken);
        }

        private static AttributeData? FindAttribute(ISymbol symbol, string metadataName)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) == metadataName)
                {
                    return attribute;
                }
            }

            return null;
        }

        private static int GetPositiveInt(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int value && value > 0 ? value : 0;

        private static RangeModel? GetRange(AttributeData attribute)
        {
            if (attribute.ConstructorArguments.Length != 2)
            {
                return null;
            }

            object? minimum = attribute.ConstructorArguments[0].Value;
            object? maximum = attribute.ConstructorArguments[1].Value;
            return (minimum, maximum) switch
            {
                (long min, long max) => new RangeModel(false, min, max, 0, 0),
                (double min, double max) => new RangeModel(true, 0, 0, min, max),
                _ => null,
            };
        }

        private static string EscapeIdentifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
