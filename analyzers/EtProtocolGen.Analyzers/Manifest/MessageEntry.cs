using System.Collections.Generic;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>One [Message] type as the manifest records it.</summary>
    internal sealed class MessageEntry
    {
        public MessageEntry(
            string name,
            ushort opcode,
            ManifestScope scope,
            WireDirection direction,
            MessageKind kind,
            string? responseType,
            ManifestAuthorization authorization,
            DispatchLimits limits,
            int maxDepth,
            bool validationHook,
            bool isValueType,
            IReadOnlyList<FieldEntry> fields,
            IReadOnlyList<int> reservedNumbers,
            IReadOnlyList<string> reservedNames)
        {
            Name = name;
            Opcode = opcode;
            Scope = scope;
            Direction = direction;
            Kind = kind;
            ResponseType = responseType;
            Authorization = authorization;
            Limits = limits;
            MaxDepth = maxDepth;
            ValidationHook = validationHook;
            IsValueType = isValueType;
            Fields = fields;
            ReservedNumbers = reservedNumbers;
            ReservedNames = reservedNames;
        }

        /// <summary>The full name: namespace, containing types and name, separated by dots.</summary>
        public string Name { get; }

        public ushort Opcode { get; }

        public ManifestScope Scope { get; }

        /// <summary>
        /// Which way an outer message travels (the generator's <c>MessageDirections</c>); <see cref="WireDirection.None"/> for
        /// an inner one. Written only when it is not client to server, what <c>scope=outer</c> always meant.
        /// </summary>
        public WireDirection Direction { get; }

        /// <summary>The server decodes it from clients: an outer message sent client to server or both ways.</summary>
        public bool IsSentByClients => Scope == ManifestScope.Outer && (Direction & WireDirection.ClientToServer) != 0;

        public MessageKind Kind { get; }

        /// <summary>The full name of the [ResponseType] of a request; null otherwise.</summary>
        public string? ResponseType { get; }

        /// <summary>What dispatch applies to this message when its handler carries no authorization attribute of its own.</summary>
        public ManifestAuthorization Authorization { get; }

        /// <summary>The [RateLimit]s and [MaxConcurrency] declared on the message type (dispatch applies them whatever handles it).</summary>
        public DispatchLimits Limits { get; }

        /// <summary>[Message(MaxDepth = n)], or 0 when the message leaves it to the assembly.</summary>
        public int MaxDepth { get; }

        /// <summary>The message implements the OnValidate hook.</summary>
        public bool ValidationHook { get; }

        /// <summary>A struct: decoded in place, no heap object of its own.</summary>
        public bool IsValueType { get; }

        /// <summary>By field number.</summary>
        public IReadOnlyList<FieldEntry> Fields { get; }

        /// <summary>[Reserved] numbers, ascending.</summary>
        public IReadOnlyList<int> ReservedNumbers { get; }

        /// <summary>[Reserved(Names = ...)] names, sorted.</summary>
        public IReadOnlyList<string> ReservedNames { get; }

        /// <summary>The field with <paramref name="number"/>, or null.</summary>
        public FieldEntry? FindField(int number)
        {
            foreach (FieldEntry field in Fields)
            {
                if (field.Number == number)
                {
                    return field;
                }
            }

            return null;
        }
    }
}
