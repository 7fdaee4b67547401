using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers
{
    /// <summary>Every diagnostic EtProtocolGen reports. IDs and titles are public: they appear in builds, docs and .editorconfig files.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string SecurityCategory = "EtProtocolGen.Security";
        public const string UsageCategory = "EtProtocolGen.Usage";

        public const string NonPartialMessageId = "ETP0001";
        public const string DuplicateOpcodeId = "ETP0002";
        public const string DuplicateFieldNumberId = "ETP0003";
        public const string UnsupportedFieldId = "ETP0004";
        public const string ResponseTypeId = "ETP0005";
        public const string UnsupportedMessageShapeId = "ETP0006";
        public const string GeneratedMemberCollisionId = "ETP0007";
        public const string FieldOutsideMessageId = "ETP0008";
        public const string UnserializedCorrelationId = "ETP0009";
        public const string InapplicableValidationId = "ETP0016";
        public const string InvalidValidationArgumentsId = "ETP0017";
        public const string UnboundedFieldId = "ETP0101";
        public const string MissingAuthorizationId = "ETP0102";
        public const string UnvalidatedHandlerId = "ETP0103";
        public const string InnerMessageExposedId = "ETP0104";
        public const string UnmarkedSecretId = "ETP0105";
        public const string UnboundedRecursionId = "ETP0106";
        public const string UnsafeDeserializationId = "ETP0107";
        public const string ExceptionTextInResponseId = "ETP0108";
        public const string MissingRateLimitId = "ETP0109";
        public const string UnenforceableLimitId = "ETP0110";
        public const string UnboundedServerFieldId = "ETP0111";
        public const string DirectionConflictId = "ETP0112";
        public const string ManifestOutOfDateId = "ETP0201";
        public const string ManifestLineUnreadableId = "ETP0202";
        public const string ReservedFieldUsedId = "ETP0203";
        public const string ReservedOpcodeUsedId = "ETP0204";
        public const string OpcodeChangedId = "ETP0210";
        public const string OpcodeReusedId = "ETP0211";
        public const string MessageRemovedId = "ETP0212";
        public const string FieldRemovedId = "ETP0213";
        public const string FieldNumberReusedId = "ETP0214";
        public const string FieldTypeChangedId = "ETP0215";
        public const string FieldCardinalityChangedId = "ETP0216";
        public const string ScopeChangedId = "ETP0217";
        public const string ReservationRemovedId = "ETP0218";
        public const string RequestContractChangedId = "ETP0219";
        public const string AuthorizationLoosenedId = "ETP0220";
        public const string LimitRaisedId = "ETP0221";
        public const string SensitiveRemovedId = "ETP0222";
        public const string ValidationLoosenedId = "ETP0223";
        public const string RateLimitLoosenedId = "ETP0224";
        public const string ProtoSyntaxId = "ETP0301";
        public const string ProtoUnknownTypeId = "ETP0302";
        public const string ProtoDuplicateId = "ETP0303";
        public const string ProtoInvalidOptionId = "ETP0304";
        public const string ProtoUnsupportedId = "ETP0305";
        public const string ProtoEtFileNameId = "ETP0306";
        public const string ProtoImportNotFoundId = "ETP0307";
        public const string ProtoMessageKindId = "ETP0308";
        public const string ProtoReservedUsedId = "ETP0309";
        public const string ProtoIgnoredId = "ETP0310";
        public const string ProtoUnknownEtInterfaceId = "ETP0311";
        public const string WireSurrogateUnusableId = "ETP0312";

        public static readonly DiagnosticDescriptor NonPartialMessage = Create(
            NonPartialMessageId,
            "Message type must be partial",
            "'{0}' must be declared partial so that the generator can add the serializer of message '{1}'",
            UsageCategory,
            DiagnosticSeverity.Error,
            "The generator adds the serializer, Opcode and validation to a [Message] type as another part of the same type, so the type and every type that contains it must be partial.");

        public static readonly DiagnosticDescriptor DuplicateOpcode = Create(
            DuplicateOpcodeId,
            "Duplicate opcode",
            "Opcode {0} of '{1}' is also used by {2}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "The opcode identifies a message on the wire; two messages with one opcode would be decoded as each other. The generated registry and dispatchers leave both out.");

        public static readonly DiagnosticDescriptor DuplicateFieldNumber = Create(
            DuplicateFieldNumberId,
            "Duplicate field number",
            "Field number {0} of message '{1}' is used by both '{2}' and '{3}'",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A field number identifies a field on the wire and must be unique within its message.");

        public static readonly DiagnosticDescriptor UnsupportedField = Create(
            UnsupportedFieldId,
            "Field cannot be serialized",
            "Field '{0}' of message '{1}' cannot be serialized: {2}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "Field types must map to a protobuf type, and field numbers must lie in 1..536870911 outside the range 19000..19999 that protobuf reserves.");

        public static readonly DiagnosticDescriptor ResponseType = Create(
            ResponseTypeId,
            "Request needs one response type",
            "Request '{0}' {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "Dispatch answers every request with exactly one response type, declared by [ResponseType]; without it the request cannot be answered, and a handler that returns another type would send a message the client does not expect.");

        public static readonly DiagnosticDescriptor UnsupportedMessageShape = Create(
            UnsupportedMessageShapeId,
            "Message type cannot be generated",
            "Message '{0}' {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "The generator emits a serializer only for a non-generic, non-abstract, non-static class, struct or record that the decoder can create with a parameterless constructor and that does not derive from another message; any other [Message] type gets no serializer and no opcode registration.");

        public static readonly DiagnosticDescriptor GeneratedMemberCollision = Create(
            GeneratedMemberCollisionId,
            "Member collides with a generated member",
            "'{0}' {1} has the name of the generated '{2}'; rename it, or message '{3}' gets no serializer",
            UsageCategory,
            DiagnosticSeverity.Error,
            "The generator adds Opcode, CalculateSize, WriteTo, TryWriteTo, Parse, TryParse, WriteFields, ReadFrom, Validate and the OnValidate hook to every message. A member of the same name (or an overload with the same parameters, or an inherited one the generated member would hide) would not compile, so the generator skips the message.");

        public static readonly DiagnosticDescriptor FieldOutsideMessage = Create(
            FieldOutsideMessageId,
            "[Field] on a type that is not a message",
            "'{0}' carries [Field], but '{1}' is not a [Message] type, so it is never serialized; a message serializes only the [Field] members it declares itself, not those of a base class or interface, so declare it in each message{2}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "Only [Message] types get a serializer, and a message's serializer reads and writes only the [Field] members the message declares. A [Field] on a base class, an interface or any other type is silently left off the wire.");

        public static readonly DiagnosticDescriptor UnserializedCorrelation = Create(
            UnserializedCorrelationId,
            "RpcId or Error is not serialized",
            "'{0}' implements {1} of {2} '{3}' but is not serialized: {4}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A request's RpcId is how its response finds it, and a response's Error is how a failure reaches the peer. If either is not a [Field] of the message itself, it never leaves the process: responses are never matched to their requests, and every error reads as success.");
        public static readonly DiagnosticDescriptor InapplicableValidation = Create(
            InapplicableValidationId,
            "Validation attribute does not apply to the field's type",
            "{0} on field '{1}' of message '{2}' would check nothing on '{3}': {4}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A reviewer who reads a validation attribute believes it is enforced. [MaxLength] and [MinLength] count the characters of a string, the bytes of byte[] or ReadOnlyMemory<byte> and the elements of a list, array or map; [Range] compares numbers and the numbers of a list or array; the generator cannot enforce them on any other type, so it does not generate the message.");

        public static readonly DiagnosticDescriptor InvalidValidationArguments = Create(
            InvalidValidationArgumentsId,
            "Validation attribute cannot be enforced as written",
            "{0} on field '{1}' of message '{2}' cannot be enforced: {3}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A length below 1, a [MinLength] above the field's [MaxLength], a [Range] whose minimum is above its maximum, whose bound is NaN or that no value of the field's type can meet either checks nothing or refuses every message; the generator does not generate the message.");

        public static readonly DiagnosticDescriptor UnboundedField = Create(
            UnboundedFieldId,
            "Outer message field has no length bound",
            "The {2} field '{0}' of outer message '{1}' has no [MaxLength] and no assembly default in [assembly: ProtocolLimits]; a client can make the decoder allocate up to the whole message size",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "A string, bytes or collection field of a message that clients send is bounded only by the message size unless it declares [MaxLength] or the assembly sets a default; an attacker can use that to amplify memory use.");

        public static readonly DiagnosticDescriptor MissingAuthorization = Create(
            MissingAuthorizationId,
            "Outer message has no authorization attribute",
            "Outer message '{0}' has neither [Authorize] nor [AllowAnonymous], on it or on its handler; dispatch denies it until one says who may send it",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "Messages from clients are denied by default; say explicitly whether a message needs an authenticated session ([Authorize]) or is open to anyone ([AllowAnonymous]).");

        public static readonly DiagnosticDescriptor UnvalidatedHandler = Create(
            UnvalidatedHandlerId,
            "Handler accepts an unvalidated outer message",
            "Handler '{0}' accepts outer message '{1}', whose fields declare no validation ([MaxLength], [MinLength], [Range], [Required]) and which implements no OnValidate hook",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "Client input reaches the handler only after validation; a message with no declared rules hands whatever the client sent straight to game logic.");

        public static readonly DiagnosticDescriptor InnerMessageExposed = Create(
            InnerMessageExposedId,
            "Inner message reachable from outside",
            "Inner message '{0}' {1}",
            SecurityCategory,
            DiagnosticSeverity.Error,
            "Inner (server-to-server) messages carry trusted data; a client must never be able to send one, directly or embedded in an outer message, nor receive one embedded in a message the server sends it.");

        public static readonly DiagnosticDescriptor UnmarkedSecret = Create(
            UnmarkedSecretId,
            "Secret-looking field is not [Sensitive]",
            "Field '{0}' of message '{1}' looks like a secret ('{2}') but is not marked [Sensitive]; the generated ToString would print it into logs",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "Fields marked [Sensitive] print as *** in the generated ToString, so credentials do not end up in logs and crash reports.");

        public static readonly DiagnosticDescriptor UnboundedRecursion = Create(
            UnboundedRecursionId,
            "Recursive message has no explicit depth bound",
            "Message '{0}' contains itself through {1}; set [Message(MaxDepth = n)] or [assembly: ProtocolLimits(MaxDepth = n)] to bound how deep a client may nest it",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "A recursive message lets a sender nest it as deep as the message size allows; an explicit depth bound keeps decoding cost and stack use predictable.");

        public static readonly DiagnosticDescriptor UnsafeDeserialization = Create(
            UnsafeDeserializationId,
            "Unsafe deserialization",
            "{0}: {1}",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "Type-embedding deserializers (BinaryFormatter and every IFormatter, Newtonsoft TypeNameHandling, MessagePack Typeless), deserializers given a type chosen at run time and types loaded by a name read from input let the sender choose which types get created, wherever in the project the codec lives; reinterpreting message bytes as structs in protocol code skips every bounds and validity check.");

        public static readonly DiagnosticDescriptor ExceptionTextInResponse = Create(
            ExceptionTextInResponseId,
            "Exception text sent in a response",
            "Exception text ({0}) is written into '{1}' of response '{2}'; send an error code and log the exception instead",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "Exception messages and stack traces reveal internals (paths, SQL, types, versions) to clients; responses should carry an error code.");

        public static readonly DiagnosticDescriptor MissingRateLimit = Create(
            MissingRateLimitId,
            "Anonymous request has no rate limit of its own",
            "Request '{0}' can be sent by anonymous sessions and declares no [RateLimit] per connection or per remote address; dispatch applies the anonymous default ({1}) until it declares the limit it needs",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "A request anyone may send (a login, a registration) is what a flood aims at, and what it costs the server (a password hash, a database lookup) only its author knows. Dispatch limits it with a conservative default; declare [RateLimit] per connection and per remote address so the limit is the one it needs and a reviewer sees it.");

        public static readonly DiagnosticDescriptor UnenforceableLimit = Create(
            UnenforceableLimitId,
            "Rate or concurrency limit cannot be enforced as written",
            "{0} on '{1}' cannot be enforced: {2}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A reviewer who reads a limit believes it is enforced. [RateLimit] needs 1 to 1,000,000 permits per 1 to 86,400 seconds, [MaxConcurrency] a limit of 1 to 1,000,000, and Per one or more of Connection, RemoteAddress, Account and Global; dispatch refuses every message whose limit it cannot enforce. On a type that is neither a [Message] nor a message handler the attribute limits nothing. A [ProtocolLimits] AnonymousRequest* value out of range is replaced by the built-in default.");

        public static readonly DiagnosticDescriptor UnboundedServerField = Create(
            UnboundedServerFieldId,
            "Server-to-client message field has no length bound",
            "The {2} field '{0}' of server-to-client message '{1}' has no [MaxLength] and no assembly default in [assembly: ProtocolLimits]; a malicious or impersonated server can make the client's decoder allocate up to the whole message size",
            SecurityCategory,
            DiagnosticSeverity.Info,
            "Clients decode what the server sends with the same generated decoders: a string, bytes or collection field of a server-to-client message is bounded only by the message size unless it declares [MaxLength] or the assembly sets a default. A server the client should not trust (an impostor, a proxy, a compromised host) can use that to make a game client allocate many times the frame it receives.");

        public static readonly DiagnosticDescriptor DirectionConflict = Create(
            DirectionConflictId,
            "Message direction contradicts the message",
            "'{0}' {1}",
            SecurityCategory,
            DiagnosticSeverity.Warning,
            "Which way a message travels decides which rules apply: ETP0101, ETP0102, ETP0103 and ETP0109 protect what the server decodes from clients, ETP0111 what clients decode. A declared direction that its ET-style name contradicts, a direction on an inner message, or a response that does not travel back the way its request came is most likely a mistake that switches the wrong rules off.");

        public const string ProtocolReviewCategory = "EtProtocolGen.ProtocolReview";

        public static readonly DiagnosticDescriptor ManifestOutOfDate = Create(
            ManifestOutOfDateId,
            "Protocol differs from its manifest",
            "{0} differs from Protocol.Shipped.txt and Protocol.Unshipped.txt; update Protocol.Unshipped.txt",
            ProtocolReviewCategory,
            DiagnosticSeverity.Warning,
            "The protocol manifest records every message, field, limit and authorization in review-friendly lines; a pull request that changes the protocol must change the manifest too, so that the change shows in its diff.",
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor ManifestLineUnreadable = Create(
            ManifestLineUnreadableId,
            "Protocol manifest line cannot be read",
            "This manifest line cannot be read: {0}",
            ProtocolReviewCategory,
            DiagnosticSeverity.Warning,
            "Every line of Protocol.Shipped.txt and Protocol.Unshipped.txt is one fact written by the code fix or etprotocolgen; a line that cannot be read is left out of every check.",
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor ReservedFieldUsed = Create(
            ReservedFieldUsedId,
            "Reserved field number or name is used",
            "Field '{0}' of message '{1}' uses {2}, which the message reserves",
            UsageCategory,
            DiagnosticSeverity.Error,
            "[Reserved] keeps the numbers and names of removed fields out of use: peers in the field may still send them, and a new field under an old number would read their values as something else.");

        public static readonly DiagnosticDescriptor ReservedOpcodeUsed = Create(
            ReservedOpcodeUsedId,
            "Reserved opcode is used",
            "Message '{0}' uses opcode {1}, which [assembly: ReservedOpcodes] reserves",
            UsageCategory,
            DiagnosticSeverity.Error,
            "[assembly: ReservedOpcodes] keeps the opcodes of removed messages out of use: clients in the field may still send them, and a new message under an old opcode would decode their bytes as something else.");

        public static readonly DiagnosticDescriptor OpcodeChanged = CreateReview(OpcodeChangedId, "Opcode changed", DiagnosticSeverity.Error,
            "An opcode identifies a message on the wire; peers built against the shipped protocol keep sending and expecting the old one.");

        public static readonly DiagnosticDescriptor OpcodeReused = CreateReview(OpcodeReusedId, "Opcode reused", DiagnosticSeverity.Error,
            "A message under an opcode that shipped with another message, or reserved, decodes old peers' bytes as something else.");

        public static readonly DiagnosticDescriptor MessageRemoved = CreateReview(MessageRemovedId, "Message removed without reserving its opcode", DiagnosticSeverity.Error,
            "A removed message's opcode must be reserved, or a later message could take it and decode old clients' bytes as something else.");

        public static readonly DiagnosticDescriptor FieldRemoved = CreateReview(FieldRemovedId, "Field removed without reserving its number", DiagnosticSeverity.Error,
            "A removed field's number must be reserved, or a later field could take it and read old peers' values as something else (buf: FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED).");

        public static readonly DiagnosticDescriptor FieldNumberReused = CreateReview(FieldNumberReusedId, "Field number reused", DiagnosticSeverity.Error,
            "A field number is a field's identity on the wire; giving it to another field, or to one the shipped protocol reserved, makes old peers' values land in the wrong field.");

        public static readonly DiagnosticDescriptor FieldTypeChanged = CreateReview(FieldTypeChangedId, "Field type changed incompatibly", DiagnosticSeverity.Error,
            "A field's type may change only within protobuf's wire-compatible groups (buf: FIELD_WIRE_COMPATIBLE_TYPE); otherwise old peers' values are refused, skipped or misread.");

        public static readonly DiagnosticDescriptor FieldCardinalityChanged = CreateReview(FieldCardinalityChangedId, "Field cardinality changed", DiagnosticSeverity.Error,
            "Changing a field between a single value, a repeated field and a map changes how old peers' values are read (buf: FIELD_WIRE_COMPATIBLE_CARDINALITY).");

        public static readonly DiagnosticDescriptor ScopeChanged = CreateReview(ScopeChangedId, "Message scope changed", DiagnosticSeverity.Error,
            "Outer messages are routed by the client-facing dispatcher and inner ones by the server-to-server dispatcher; moving a message between them breaks the side that sent it.");

        public static readonly DiagnosticDescriptor ReservationRemoved = CreateReview(ReservationRemovedId, "Reservation removed", DiagnosticSeverity.Error,
            "A shipped reservation keeps an old number, name or opcode out of use for good; dropping it lets a later change reuse it (buf: RESERVED_MESSAGE_NO_DELETE).");

        public static readonly DiagnosticDescriptor RequestContractChanged = CreateReview(RequestContractChangedId, "Request contract changed", DiagnosticSeverity.Error,
            "Peers built against the shipped protocol wait for the response type it declared; changing a message's kind or response type leaves them without an answer they can read (buf: RPC_SAME_REQUEST_TYPE, RPC_SAME_RESPONSE_TYPE).");

        public static readonly DiagnosticDescriptor AuthorizationLoosened = CreateReview(AuthorizationLoosenedId, "Authorization loosened", DiagnosticSeverity.Warning,
            "A role removed, [Authorize] replaced by [AllowAnonymous], a message newly reachable without login or an inner message made outer widens who can make the server act; accept it by editing the shipped entry.");

        public static readonly DiagnosticDescriptor LimitRaised = CreateReview(LimitRaisedId, "Limit raised or removed", DiagnosticSeverity.Warning,
            "Decoding limits bound what a hostile peer can make the server allocate; raising or removing one needs a deliberate decision, recorded by editing the shipped entry.");

        public static readonly DiagnosticDescriptor SensitiveRemoved = CreateReview(SensitiveRemovedId, "[Sensitive] removed", DiagnosticSeverity.Warning,
            "Without [Sensitive] the generated ToString prints the field, and logs and crash reports keep it.");

        public static readonly DiagnosticDescriptor ValidationLoosened = CreateReview(ValidationLoosenedId, "Validation removed or loosened", DiagnosticSeverity.Warning,
            "[Required], [MinLength], [Range] and OnValidate run before a handler sees the message; removing or widening one hands handlers input they were written not to get.");

        public static readonly DiagnosticDescriptor RateLimitLoosened = CreateReview(RateLimitLoosenedId, "Rate or concurrency limit raised or removed", DiagnosticSeverity.Warning,
            "[RateLimit] and [MaxConcurrency], and the default dispatch gives requests open to anonymous sessions, bound how often and how many at once peers can make the server run a handler; raising or removing one needs a deliberate decision, recorded by editing the shipped entry.");

        private static DiagnosticDescriptor CreateReview(string id, string title, DiagnosticSeverity severity, string description) =>
            Create(id, title, "{0}", ProtocolReviewCategory, severity, description, WellKnownDiagnosticTags.CompilationEnd);
        public static readonly DiagnosticDescriptor ProtoSyntax = Create(
            ProtoSyntaxId,
            "Syntax error in a .proto file",
            "{0}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "The .proto file does not parse as proto3 (or ET's dialect of it). Nothing of the file is generated until it does; the other .proto files are.");

        public static readonly DiagnosticDescriptor ProtoUnknownType = Create(
            ProtoUnknownTypeId,
            "Type in a .proto file names nothing that can be serialized",
            "'{0}' cannot be used here: {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A field type or response type names a scalar, a message or enum of the project's .proto files (imported, in proto3), or a C# type of the project: a [Message] or an enum. The message is not generated.");

        public static readonly DiagnosticDescriptor ProtoDuplicate = Create(
            ProtoDuplicateId,
            "Declared twice in a .proto file",
            "{0} is declared twice: {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "Field numbers identify fields on the wire; type names, property names and enum members must be unique in C#. The message or enum is not generated.");

        public static readonly DiagnosticDescriptor ProtoInvalidOption = Create(
            ProtoInvalidOptionId,
            "Invalid EtProtocolGen option in a .proto file",
            "{0} is not accepted: {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "An etp option (proto3) or [etp: ...] annotation (ET's dialect) that is unknown, set at the wrong level, has a value of the wrong kind, or a limit or validation rule that cannot be enforced on the field's type. The message is not generated, so a limit meant for it is never silently dropped.");

        public static readonly DiagnosticDescriptor ProtoUnsupported = Create(
            ProtoUnsupportedId,
            "Unsupported .proto construct",
            "{0} is not supported: {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "proto2, editions, oneof, groups and required fields have no equivalent in the generated C# messages. What they concern is not generated.");

        public static readonly DiagnosticDescriptor ProtoEtFileName = Create(
            ProtoEtFileNameId,
            "ET file name gives no usable opcodes",
            "{0}: {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A file named <Name>_<C|S>_<start>.proto is read in ET's dialect: its messages take the opcodes start + 1, start + 2, ... in file order, which must stay within 0..65535.");

        public static readonly DiagnosticDescriptor ProtoImportNotFound = Create(
            ProtoImportNotFoundId,
            "Imported .proto file not found",
            "Import \"{0}\" names no .proto file of the project; add it as an <EtProtocol> item",
            UsageCategory,
            DiagnosticSeverity.Error,
            "An import names a .proto file the build does not hand to the generator (relative to the importing file, or by the end of its path). Types of that file cannot be used.");

        public static readonly DiagnosticDescriptor ProtoMessageKind = Create(
            ProtoMessageKindId,
            "Message kind needs what the .proto message does not declare",
            "'{0}': {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A request implements IRequest (an int32 RpcId field) and may name a response type; a response implements IResponse (int32 RpcId, int32 Error, string Message); a message dispatched by opcode needs one. The message is not generated.");

        public static readonly DiagnosticDescriptor ProtoReservedUsed = Create(
            ProtoReservedUsedId,
            "Reserved field number or name used",
            "Field '{0}' uses {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A reserved number or name belonged to a removed field; old peers still read it with its old meaning. Numbers 19000 to 19999 are protobuf's own. The message is not generated.");

        public static readonly DiagnosticDescriptor ProtoIgnored = Create(
            ProtoIgnoredId,
            "Ignored .proto construct",
            "{0} is ignored: {1}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "Services, extensions and a missing syntax statement do not stop generation, but nothing is generated from them, or the file is read as proto3.");

        public static readonly DiagnosticDescriptor ProtoUnknownEtInterface = Create(
            ProtoUnknownEtInterfaceId,
            "Unknown ET interface",
            "'// {0}' names no ET message interface: {1}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "ET's dialect reads the kind of a message from the interface after its name: IMessage, ISessionMessage, IRequest, ISessionRequest, IResponse, ISessionResponse, ILocationMessage, ILocationRequest, ILocationResponse, IRoomMessage, or an interface the project declares (its base IRequest or IResponse gives the kind).");

        public static readonly DiagnosticDescriptor WireSurrogateUnusable = Create(
            WireSurrogateUnusableId,
            "Engine-type mapping cannot be used",
            "[assembly: WireSurrogate] of '{0}' cannot be used: {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A WireSurrogate maps a struct the wire cannot carry by itself (an engine type such as float3 or ActorId) to a [Message] struct of your own with conversion operators both ways. Fields of the type, in C# messages and .proto files, cannot be generated until the mapping is usable.");

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            params string[] customTags) =>
            new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: description + " " + DocumentationPage(id),
                helpLinkUri: HelpLinks.For(id),
                customTags: customTags);

        /// <summary>
        /// Where the diagnostic's page is. The pages ship inside the EtProtocolGen package (docs/diagnostics/); the help link
        /// (<see cref="HelpLinks"/>) opens the page where the analyzers find it on this machine, and this sentence names it always.
        /// </summary>
        public static string DocumentationPage(string id) => "Documentation: docs/diagnostics/" + id + ".md in the EtProtocolGen package.";
    }
}
