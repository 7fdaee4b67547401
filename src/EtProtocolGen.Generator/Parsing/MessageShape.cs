using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>Why the generator cannot emit a [Message] type, whatever its fields.</summary>
    internal enum MessageShapeProblem
    {
        /// <summary>The shape is fine.</summary>
        None,

        /// <summary>Not a class, struct or record.</summary>
        NotClassOrStruct,

        /// <summary>The type has type parameters.</summary>
        Generic,

        /// <summary>A containing type has type parameters.</summary>
        NestedInGenericType,

        /// <summary>A static class.</summary>
        Static,

        /// <summary>An abstract class.</summary>
        Abstract,

        /// <summary>A ref struct.</summary>
        RefStruct,

        /// <summary>Derives from another [Message] type.</summary>
        DerivedFromMessage,

        /// <summary>A class (or positional record) without a parameterless constructor.</summary>
        NoParameterlessConstructor,

        /// <summary>The type, or a type that contains it, is file-local: the generated part in another file would be another type.</summary>
        FileLocal,

        /// <summary>The type or a base type has a <c>required</c> member, so <c>new T()</c> does not compile.</summary>
        RequiredMember,

        /// <summary>The type, or a type that contains it, is private or protected: the registry and dispatchers cannot name it.</summary>
        NotAccessible,

        /// <summary>The type declares more than one parameterless constructor (an error the compiler reports too).</summary>
        AmbiguousConstructor,

        /// <summary>
        /// A <c>[Message]</c> without an opcode (a value used inside other messages) that implements <c>IMessage</c>, <c>IRequest</c>
        /// or <c>IResponse</c>: it claims to be sent on its own, which only a message with an opcode can be.
        /// </summary>
        SentWithoutOpcode,
    }

    /// <summary>
    /// The type-level conditions for generating a message. Shared by the generator (which skips a message that fails
    /// them) and ETP0006 (which says why), so that the two always agree. Partial declarations are ETP0001's.
    /// </summary>
    internal static class MessageShape
    {
        /// <summary>What keeps the generator from emitting <paramref name="type"/>; <see cref="MessageShapeProblem.None"/> if nothing.</summary>
        public static MessageShapeProblem Check(INamedTypeSymbol type)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return MessageShapeProblem.NotClassOrStruct;
            }

            // IsGenericType is also true inside a generic type; own type parameters come first in the message.
            if (type.TypeParameters.Length > 0)
            {
                return MessageShapeProblem.Generic;
            }

            if (type.IsGenericType || FindGenericContainingType(type) is not null)
            {
                return MessageShapeProblem.NestedInGenericType;
            }

            if (type.IsStatic)
            {
                return MessageShapeProblem.Static;
            }

            if (type.IsAbstract)
            {
                return MessageShapeProblem.Abstract;
            }

            if (type.IsRefLikeType)
            {
                return MessageShapeProblem.RefStruct;
            }

            if (FindFileLocalType(type) is not null)
            {
                return MessageShapeProblem.FileLocal;
            }

            if (FindInaccessibleType(type) is not null)
            {
                return MessageShapeProblem.NotAccessible;
            }

            // Protobuf has no inheritance: a message deriving from another would hide its members and lose its fields.
            if (FindMessageBaseType(type) is not null)
            {
                return MessageShapeProblem.DerivedFromMessage;
            }

            // ReadFrom creates the message with `new T()` and assigns its members.
            IMethodSymbol? parameterless = null;
            foreach (IMethodSymbol constructor in type.InstanceConstructors)
            {
                if (constructor.Parameters.Length == 0)
                {
                    // Two of them (CS0111 while a constructor is copied) would make `new T()` ambiguous in generated code.
                    if (parameterless is not null)
                    {
                        return MessageShapeProblem.AmbiguousConstructor;
                    }

                    parameterless = constructor;
                }
            }

            if (parameterless is null && type.TypeKind == TypeKind.Class)
            {
                return MessageShapeProblem.NoParameterlessConstructor;
            }

            if ((parameterless is null || !LanguageFeatures.SetsRequiredMembers(parameterless)) && FindRequiredMember(type) is not null)
            {
                return MessageShapeProblem.RequiredMember;
            }

            // A handler, a [ResponseType] and client calls need an opcode and an IWireMessage: a value has neither.
            if (ProtocolMessage.FindAttribute(type) is { } attribute && ProtocolMessage.Read(type, attribute).IsValueOnly && RuntimeTypes.Implements(type, RuntimeTypes.Message))
            {
                return MessageShapeProblem.SentWithoutOpcode;
            }

            return MessageShapeProblem.None;
        }

        /// <summary>The problem as a clause after the type's name, for ETP0006's message.</summary>
        public static string Describe(MessageShapeProblem problem, INamedTypeSymbol type) => problem switch
        {
            MessageShapeProblem.NotClassOrStruct => "is not a class, struct or record",
            MessageShapeProblem.Generic => "is generic; an opcode names exactly one wire shape, so declare one message per type argument",
            MessageShapeProblem.NestedInGenericType => "is nested in the generic type '" + FindGenericContainingType(type)?.Name + "'; the registry cannot name it without type arguments",
            MessageShapeProblem.Static => "is static; the decoder creates an instance of every message it reads",
            MessageShapeProblem.Abstract => "is abstract; the decoder creates an instance of every message it reads",
            MessageShapeProblem.RefStruct => "is a ref struct, which cannot be stored in a field, a collection or an IMessage",
            MessageShapeProblem.DerivedFromMessage => "derives from message '" + FindMessageBaseType(type)?.Name + "'; the protobuf wire format has no inheritance, so declare the shared fields in each message",
            MessageShapeProblem.NoParameterlessConstructor => "has no parameterless constructor, which the decoder needs to create it",
            MessageShapeProblem.FileLocal => "is file-local ('" + FindFileLocalType(type)?.Name + "' is declared 'file'); the generated part lives in another file, where it would declare another type",
            MessageShapeProblem.NotAccessible => "is out of reach of generated code ('" + FindInaccessibleType(type)?.Name + "' is " + DescribeAccessibility(FindInaccessibleType(type)) + "); the generated registry and dispatchers must name it, so make it internal or public",
            MessageShapeProblem.AmbiguousConstructor => "declares more than one parameterless constructor, so the decoder's new T() is ambiguous",
            MessageShapeProblem.RequiredMember => "has the required member '" + FindRequiredMember(type)?.Name + "'; the decoder creates the message with new T() and sets only the fields it reads, so remove 'required' or mark the parameterless constructor [SetsRequiredMembers]",
            MessageShapeProblem.SentWithoutOpcode => "has no opcode but implements IMessage; a [Message] without an opcode is a value used inside other messages and is never sent, handled or answered on its own, so give it an opcode ([Message(n)]) or remove the interface",
            _ => "can be generated",
        };

        private static INamedTypeSymbol? FindFileLocalType(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (LanguageFeatures.IsFileLocal(current))
                {
                    return current;
                }
            }

            return null;
        }

        private static string DescribeAccessibility(INamedTypeSymbol? type) => type?.DeclaredAccessibility switch
        {
            Accessibility.Protected => "protected",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };

        private static INamedTypeSymbol? FindInaccessibleType(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                {
                    return current;
                }
            }

            return null;
        }

        private static ISymbol? FindRequiredMember(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (LanguageFeatures.IsRequired(member))
                    {
                        return member;
                    }
                }
            }

            return null;
        }

        private static INamedTypeSymbol? FindGenericContainingType(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
            {
                if (container.IsGenericType)
                {
                    return container;
                }
            }

            return null;
        }

        private static INamedTypeSymbol? FindMessageBaseType(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (FieldTypeClassifier.IsMessageType(baseType))
                {
                    return baseType;
                }
            }

            return null;
        }
    }
}
