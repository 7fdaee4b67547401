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

            // Protobuf has no inheritance: a message deriving from another would hide its members and lose its fields.
            if (FindMessageBaseType(type) is not null)
            {
                return MessageShapeProblem.DerivedFromMessage;
            }

            // ReadFrom creates the message with `new T()` and assigns its members.
            if (type.TypeKind == TypeKind.Class)
            {
                foreach (IMethodSymbol constructor in type.InstanceConstructors)
                {
                    if (constructor.Parameters.Length == 0)
                    {
                        return MessageShapeProblem.None;
                    }
                }

                return MessageShapeProblem.NoParameterlessConstructor;
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
            _ => "can be generated",
        };

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
