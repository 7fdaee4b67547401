using System;

namespace EtProtocolGen
{
    /// <summary>
    /// One entry of a generated <c>ProtocolRegistry</c>: a message type, its opcode, its scope and direction, for a request its response type,
    /// and its generated decoder (so a serializer integration such as EtProtocolGen.Orleans decodes any message without reflection).
    /// </summary>
    public sealed class MessageDescriptor
    {
        private readonly TryParseMessage _tryParse;

        /// <summary>Creates a descriptor. Called by generated registries.</summary>
        /// <param name="opcode">The message's opcode.</param>
        /// <param name="messageType">The message type.</param>
        /// <param name="scope">Who may send it.</param>
        /// <param name="direction">Which way it travels (declared or inferred); <see cref="MessageDirection.None"/> for an inner message.</param>
        /// <param name="responseType">The <see cref="ResponseTypeAttribute"/> type of a request, or null.</param>
        /// <param name="isRequest">It implements <see cref="IRequest"/>.</param>
        /// <param name="isResponse">It implements <see cref="IResponse"/>.</param>
        /// <param name="tryParse">The message type's generated decoder.</param>
        public MessageDescriptor(ushort opcode, Type messageType, MessageScope scope, MessageDirection direction, Type? responseType, bool isRequest, bool isResponse, TryParseMessage tryParse)
        {
            _tryParse = tryParse ?? throw new ArgumentNullException(nameof(tryParse));
            Opcode = opcode;
            MessageType = messageType ?? throw new ArgumentNullException(nameof(messageType));
            Scope = scope;
            Direction = direction;
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

        /// <summary>
        /// Which way it travels: <see cref="MessageDirection.ClientToServer"/> (the server decodes it from clients),
        /// <see cref="MessageDirection.ServerToClient"/>, or <see cref="MessageDirection.Both"/> (declared, or nothing says);
        /// <see cref="MessageDirection.None"/> for an inner message. Declared with <see cref="MessageAttribute.Direction"/> or
        /// inferred from the name and kind (docs/getting-started.md).
        /// </summary>
        public MessageDirection Direction { get; }

        /// <summary>The <see cref="ResponseTypeAttribute"/> type of a request, or null.</summary>
        public Type? ResponseType { get; }

        /// <summary>It implements <see cref="IRequest"/>.</summary>
        public bool IsRequest { get; }

        /// <summary>It implements <see cref="IResponse"/>.</summary>
        public bool IsResponse { get; }

        /// <summary>
        /// Decodes <paramref name="payload"/> as this message type within its declared limits (the generated <c>TryParse</c>, no
        /// reflection). Never throws for bad input; does not validate or authorize: dispatchers do that.
        /// </summary>
        public bool TryParse(ReadOnlySpan<byte> payload, out IWireMessage? message, out ProtocolError error) => _tryParse(payload, out message, out error);

        /// <inheritdoc />
        public override string ToString() =>
            MessageType.Name + " (opcode " + Opcode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + Scope + ")";
    }
}
