using System.Collections.Generic;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>One [Message] type as the manifest records it.</summary>
    internal sealed class MessageEntry
    {
        public MessageEntry(
            string name,
            ushort opcode,
            ManifestScope scope,
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
