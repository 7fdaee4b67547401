using System;

namespace EtProtocolGen
{
    /// <summary>One entry of a generated <c>ProtocolRegistry</c>: a message type, its opcode, its scope and, for a request, its response type.</summary>
    public sealed class MessageDescriptor
    {
        /// <summary>Creates a descriptor. Called by generated registries.</summary>
        public MessageDescriptor(ushort opcode, Type messageType, MessageScope scope, Type? responseType, bool isRequest, bool isResponse)
        {
            Opcode = opcode;
            MessageType = messageType ?? throw new ArgumentNullException(nameof(messageType));
            Scope = scope;
            ResponseType = responseType;
            IsRequest = isRequest;
            IsResponse = isResponse;
        }

        /// <summary>The message's opcode.</summary>
        public ushort Opcode { get; }

        /// <summary>The message type.</summary>
        public Type MessageType { get; }

        /// <summary>Who may send it.</summary>
        public MessageScope Scope { get; }

        /// <summary>The <see cref="ResponseTypeAttribute"/> type of a request, or null.</summary>
        public Type? ResponseType { get; }

        /// <summary>It implements <see cref="IRequest"/>.</summary>
        public bool IsRequest { get; }

        /// <summary>It implements <see cref="IResponse"/>.</summary>
        public bool IsResponse { get; }

        /// <inheritdoc />
        public override string ToString() =>
            MessageType.Name + " (opcode " + Opcode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + Scope + ")";
    }
}
