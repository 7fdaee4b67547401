using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Parsing;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// Builds the manifest of an assembly from its symbols, with the generator's own definitions: fields classified by
    /// <see cref="FieldTypeClassifier"/>, limits by <see cref="LimitsParser"/>, authorization by <see cref="AuthorizationReader"/>
    /// and <see cref="EffectiveAuthorization"/>. Works on source (the analyzer) and on metadata (etprotocolgen manifest).
    /// </summary>
    internal sealed class ManifestBuilder
    {
        /// <summary>Full names without <c>global::</c> and without escaping keywords: how the manifest names types.</summary>
        private static readonly SymbolDisplayFormat NameFormat = new SymbolDisplayFormat(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

        private readonly ProtocolSymbols symbols;
        private readonly IAssemblySymbol assembly;
        private readonly LimitsModel limits;
        private readonly RateLimitModel anonymousDefault;

        public ManifestBuilder(ProtocolSymbols symbols, IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            this.symbols = symbols;
            this.assembly = assembly;
            limits = LimitsParser.Parse(assembly, cancellationToken);
            anonymousDefault = LimitReader.ReadAnonymousDefault(assembly, cancellationToken);
        }

        /// <summary>Every message and handler type the assembly declares, with the manifest built from them.</summary>
        public BuiltManifest Build(CancellationToken cancellationToken)
        {
            var messages = new List<MessageEntry>();
            var handlers = new List<HandlerEntry>();
            var types = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
            foreach (INamedTypeSymbol type in AssemblyTypes.In(assembly.GlobalNamespace, cancellationToken))
            {
                if (Message(type) is { } message)
                {
                    messages.Add(message);
                    types[ManifestText.Message + " " + message.Name] = type;
                }

                List<HandlerEntry> handled = Handlers(type);
                if (handled.Count > 0)
                {
                    handlers.AddRange(handled);
                    types[ManifestText.Handler + " " + Name(type)] = type;
                }
            }

            ushort[] reserved = Reservations.ReadOpcodes(assembly).ToArray();
            AssemblyEntry? assemblyEntry = messages.Count > 0 || reserved.Length > 0
                ? new AssemblyEntry(limits.EffectiveMaxMessageSize, limits.EffectiveMaxDepth, limits.StringLimit, limits.BytesLimit, limits.CollectionLimit, reserved)
                : null;
            messages.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
            handlers.Sort((left, right) => left.Name != right.Name ? string.CompareOrdinal(left.Name, right.Name) : string.CompareOrdinal(left.Message, right.Message));
            return new BuiltManifest(new ProtocolManifest(assemblyEntry, messages, handlers), types);
        }

        public static string Name(ITypeSymbol type) => type.ToDisplayString(NameFormat);

        /// <summary>The manifest entry of a [Message] type with an opcode; null for any other type.</summary>
        public MessageEntry? Message(INamedTypeSymbol type)
        {
            if (!symbols.TryGetMessage(type, out ProtocolMessage message) || message.Opcode is not ushort opcode || !SymbolEqualityComparer.Default.Equals(type, type.OriginalDefinition))
            {
                return null;
            }

            MessageKind kind = symbols.IsRequest(type) ? MessageKind.Request : symbols.IsResponse(type) ? MessageKind.Response : MessageKind.OneWay;
            string? response = null;
            if (symbols.FindAttribute(type, AttributeNames.ResponseType) is { ConstructorArguments: { Length: 1 } arguments } && arguments[0].Value is ITypeSymbol responseType)
            {
                response = Name(responseType);
            }

            var numbers = new SortedSet<int>();
            var names = new SortedSet<string>(StringComparer.Ordinal);
            Reservations.ReadFields(type, numbers, names);

            var fields = new List<FieldEntry>();
            foreach (ProtocolField field in symbols.GetFields(type))
            {
                if (Field(field) is { } entry && fields.All(other => other.Number != entry.Number))
                {
                    fields.Add(entry);
                }
            }

            fields.Sort((left, right) => left.Number.CompareTo(right.Number));
            return new MessageEntry(
                Name(type),
                opcode,
                message.IsInner ? ManifestScope.Inner : ManifestScope.Outer,
                message.Direction.Direction,
                kind,
                kind == MessageKind.Request ? response : null,
                Authorization(AuthorizationReader.Read(type), AuthorizationModel.None),
                Limits(LimitReader.Read(type)),
                message.MaxDepth > 0 ? LimitsModel.ClampDepth(message.MaxDepth) : 0,
                HasValidationHook(type),
                type.IsValueType,
                fields,
                numbers.ToArray(),
                names.ToArray());
        }

        /// <summary>One entry per handler interface the type implements for a message with an opcode; dispatch routes none of an abstract, static or generic class.</summary>
        public List<HandlerEntry> Handlers(INamedTypeSymbol type)
        {
            var entries = new List<HandlerEntry>();
            if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic || type.IsGenericType)
            {
                return entries;
            }

            AuthorizationModel onHandler = AuthorizationReader.Read(type);
            DeclaredLimitsModel handlerLimits = LimitReader.Read(type);
            foreach (HandlerBinding binding in symbols.GetHandlerBindings(type))
            {
                if (symbols.TryGetMessage(binding.Message, out ProtocolMessage message) && message.Opcode is not null)
                {
                    AuthorizationModel onMessage = AuthorizationReader.Read(binding.Message);
                    bool appliesDefault = EffectiveLimits.WhyNoAnonymousDefault(
                        !message.IsInner, symbols.IsRequest(binding.Message), onMessage, onHandler, LimitReader.Read(binding.Message), handlerLimits) is null;
                    entries.Add(new HandlerEntry(
                        Name(type),
                        Name(binding.Message),
                        message.IsInner ? ManifestScope.Inner : ManifestScope.Outer,
                        Authorization(onMessage, onHandler),
                        Limits(handlerLimits),
                        appliesDefault ? Rate(anonymousDefault) : null));
                }
            }

            return entries;
        }

        /// <summary>The declared limits dispatch can enforce, in the manifest's terms; ETP0110 reports the others, which dispatch leaves out.</summary>
        public static DispatchLimits Limits(DeclaredLimitsModel declared) =>
            declared.IsEmpty
                ? DispatchLimits.None
                : new DispatchLimits(
                    declared.Rates.Where(rate => rate.Problem is null).Select(Rate),
                    declared.Concurrency is { Problem: null } concurrency ? new ConcurrencyEntry(concurrency.Limit, concurrency.Partitions) : null);

        private static RateLimitEntry Rate(RateLimitModel rate) => new RateLimitEntry(rate.Permits, rate.PerSeconds, rate.Partitions);

        /// <summary>The authorization dispatch applies, in the manifest's terms.</summary>
        public static ManifestAuthorization Authorization(AuthorizationModel onMessage, AuthorizationModel onHandler)
        {
            if (EffectiveAuthorization.IsDeniedByDefault(onMessage, onHandler))
            {
                return ManifestAuthorization.Denied;
            }

            if (!EffectiveAuthorization.RequiresAuthentication(onMessage, onHandler))
            {
                return ManifestAuthorization.Anonymous;
            }

            return new ManifestAuthorization(AuthorizationKind.Authenticated, EffectiveAuthorization.RoleSets(onMessage, onHandler).Select(set => (IEnumerable<string>)set));
        }

        /// <summary>The manifest entry of one [Field] member; null when the generator does not serialize it (ETP0004, ETP0005 and others say why).</summary>
        public FieldEntry? Field(ProtocolField field)
        {
            if (field.Number is not int number || !FieldTypeClassifier.IsValidFieldNumber(number) || !FieldTypes.Classify(field, out FieldTypeInfo info))
            {
                return null;
            }

            int encoding = RuntimeContract.FieldEncoding.Default;
            foreach (KeyValuePair<string, TypedConstant> argument in field.Attribute.NamedArguments)
            {
                if (argument.Key == "Encoding" && argument.Value.Value is int value)
                {
                    encoding = value;
                }
            }

            if (!FieldTypeClassifier.IsEncodingSupported(info.ValueKind, encoding))
            {
                return null;
            }

            // The rules the generated decoder and Validate() enforce: ValidationRules decides, as it does for the generator.
            int maxLength = 0, minLength = 0;
            bool required = false, sensitive = false;
            RangeModel? range = null;
            foreach (AttributeData attribute in field.Symbol.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) == AttributeNames.Sensitive)
                {
                    sensitive = true;
                }
                else if (ValidationRules.TryRead(attribute, out ValidationModel rule)
                    && ValidationRules.FindProblem(rule, info.Shape, info.ValueKind, DeclaredMaxLength(field.Symbol), out _) == ValidationProblem.None)
                {
                    switch (rule.Rule)
                    {
                        case ValidationRule.MaxLength: maxLength = rule.Length; break;
                        case ValidationRule.MinLength: minLength = rule.Length; break;
                        case ValidationRule.Required: required = true; break;
                        case ValidationRule.Range: range = rule.Range; break;
                    }
                }
            }

            FieldCardinality cardinality = info.Shape switch
            {
                FieldShape.Nullable => FieldCardinality.Optional,
                FieldShape.List or FieldShape.Array => FieldCardinality.Repeated,
                FieldShape.Map => FieldCardinality.Map,
                _ => FieldCardinality.Single,
            };
            return new FieldEntry(
                number,
                field.Name,
                cardinality,
                Value(info.ValueKind, info.ValueType, encoding),
                info.KeyType is null ? null : Value(info.KeyKind, info.KeyType, RuntimeContract.FieldEncoding.Default),
                Bound(ValidationRules.LengthKindOf(info.Shape, info.ValueKind), maxLength),
                minLength,
                required,
                range,
                sensitive);
        }

        /// <summary>The bound the generated decoder applies: the field's [MaxLength], else the assembly default for its kind, else none.</summary>
        private LengthBound Bound(LengthKind kind, int declared)
        {
            int fallback = kind switch
            {
                LengthKind.String => limits.StringLimit,
                LengthKind.Bytes => limits.BytesLimit,
                LengthKind.Collection => limits.CollectionLimit,
                _ => -1,
            };
            if (fallback < 0)
            {
                return LengthBound.NotApplicable;
            }

            return declared > 0 ? new LengthBound(LengthBoundSource.Declared, declared)
                : fallback > 0 ? new LengthBound(LengthBoundSource.AssemblyDefault, fallback)
                : LengthBound.Unbounded;
        }

        private static WireValue Value(FieldValueKind kind, ITypeSymbol type, int encoding)
        {
            bool zigZag = encoding == RuntimeContract.FieldEncoding.ZigZag;
            bool isFixed = encoding == RuntimeContract.FieldEncoding.Fixed;
            ProtoType signed32 = zigZag ? ProtoType.SInt32 : isFixed ? ProtoType.SFixed32 : ProtoType.Int32;
            ProtoType unsigned32 = isFixed ? ProtoType.Fixed32 : ProtoType.UInt32;
            return kind switch
            {
                FieldValueKind.Bool => new WireValue(ProtoType.Bool),
                FieldValueKind.SByte => new WireValue(signed32, narrowType: "sbyte"),
                FieldValueKind.Int16 => new WireValue(signed32, narrowType: "short"),
                FieldValueKind.Int32 => new WireValue(signed32),
                FieldValueKind.Byte => new WireValue(unsigned32, narrowType: "byte"),
                FieldValueKind.UInt16 => new WireValue(unsigned32, narrowType: "ushort"),
                FieldValueKind.UInt32 => new WireValue(unsigned32),
                FieldValueKind.Int64 => new WireValue(zigZag ? ProtoType.SInt64 : isFixed ? ProtoType.SFixed64 : ProtoType.Int64),
                FieldValueKind.UInt64 => new WireValue(isFixed ? ProtoType.Fixed64 : ProtoType.UInt64),
                FieldValueKind.Single => new WireValue(ProtoType.Float),
                FieldValueKind.Double => new WireValue(ProtoType.Double),
                FieldValueKind.Enum => new WireValue(ProtoType.Enum, typeName: Name(type)),
                FieldValueKind.String => new WireValue(ProtoType.String),
                FieldValueKind.ByteArray or FieldValueKind.ByteMemory => new WireValue(ProtoType.Bytes),
                _ => new WireValue(ProtoType.Message, typeName: Name(type)),
            };
        }

        /// <summary>The message implements the generated partial <c>OnValidate</c> hook (only the implementation is in the user's part).</summary>
        private static bool HasValidationHook(INamedTypeSymbol type)
        {
            foreach (ISymbol member in type.GetMembers("OnValidate"))
            {
                // In source the generator's declaration is a partial definition: it counts only with an implementation. In
                // metadata an unimplemented partial method does not exist.
                if (member is IMethodSymbol { IsStatic: false, ReturnsVoid: true, Parameters.Length: 1 } method
                    && (!method.IsPartialDefinition || method.PartialImplementationPart is not null))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The field's declared [MaxLength], against which ValidationRules checks [MinLength]; 0 if none.</summary>
        private static int DeclaredMaxLength(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (ValidationRules.TryRead(attribute, out ValidationModel rule) && rule.Rule == ValidationRule.MaxLength)
                {
                    return rule.Length;
                }
            }

            return 0;
        }
    }
}
