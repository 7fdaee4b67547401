using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Generator.Dispatch.Parsing
{
    /// <summary>Turns symbols into dispatch models. The only place that sees symbols; it never writes code.</summary>
    internal static class DispatchParser
    {
        private const string ServiceCollection = "Microsoft.Extensions.DependencyInjection.IServiceCollection";
        private const string DispatchLimiter = "DispatchLimiter";
        private const string RpcIdName = "RpcId";

        /// <summary>
        /// Reads a [Message] type's opcode, scope, authorization and response type; null when it has no [Message] or no
        /// serializer (the message generator skipped it and an analyzer says why), so that nothing generated refers to a
        /// missing serializer. A message of a referenced assembly counts when it carries its generated members.
        /// </summary>
        public static DispatchMessageModel? ParseMessage(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            ushort? opcode = null;
            DispatchScope scope = DispatchScope.Outer;
            var direction = WireDirection.Both;
            var authorization = default(AuthorizationReader);
            var limits = default(LimitReader);
            ITypeSymbol? responseType = null;

            foreach (AttributeData attribute in type.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? attributeName = AttributeNames.Of(attribute.AttributeClass);
                switch (attributeName)
                {
                    case AttributeNames.Message:
                        ProtocolMessage declared = ProtocolMessage.Read(type, attribute);
                        opcode = declared.Opcode;
                        scope = declared.IsInner ? DispatchScope.Inner : DispatchScope.Outer;
                        direction = declared.Direction.Direction;
                        break;
                    case AttributeNames.AllowAnonymous:
                    case AttributeNames.Authorize:
                        authorization.Add(attribute, attributeName);
                        break;
                    case AttributeNames.RateLimit:
                    case AttributeNames.MaxConcurrency:
                        limits.Add(attribute, attributeName, type.Name);
                        break;
                    case AttributeNames.ResponseType:
                        // A half-typed typeof() is an error type with no name: never written into generated code.
                        if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is ITypeSymbol response && !ContainsErrorType(response))
                        {
                            responseType = response;
                        }

                        break;
                }
            }

            // The attribute scan is cheap; the serializer check parses every field, so it comes second.
            if (opcode is null || !MessageParser.HasSerializer(type, cancellationToken))
            {
                return null;
            }

            bool isRequest = RuntimeTypes.Implements(type, RuntimeTypes.Request);
            return new DispatchMessageModel(
                opcode.Value,
                FullName(type),
                type.Name,
                scope,
                direction,
                authorization.ToModel(),
                responseType is null ? null : FullName(responseType),
                isRequest,
                RuntimeTypes.Implements(type, RuntimeTypes.Response),
                responseType is not null && RuntimeTypes.Implements(responseType, RuntimeTypes.Response),
                MessageParser.DescribeValidation(type, cancellationToken),
                HasValidationHook(type),
                IsPublic(type),
                responseType is not null && IsPublic(responseType),
                limits.ToModel(),
                isRequest ? ParseRpcIdField(type) : null);
        }

        /// <summary>The [Field] of the request's own RpcId property or field, or null when RpcId is not on the wire.</summary>
        private static RpcIdFieldModel? ParseRpcIdField(INamedTypeSymbol type)
        {
            foreach (ISymbol member in type.GetMembers(RpcIdName))
            {
                if (member is not (IPropertySymbol or IFieldSymbol) || member.IsStatic)
                {
                    continue;
                }

                foreach (AttributeData attribute in member.GetAttributes())
                {
                    if (AttributeNames.Of(attribute.AttributeClass) != AttributeNames.Field
                        || attribute.ConstructorArguments.Length != 1
                        || attribute.ConstructorArguments[0].Value is not int number)
                    {
                        continue;
                    }

                    int encoding = RuntimeContract.FieldEncoding.Default;
                    foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                    {
                        if (named.Key == "Encoding" && named.Value.Value is int value)
                        {
                            encoding = value;
                        }
                    }

                    return RpcIdFieldModel.Of(number, encoding);
                }
            }

            return null;
        }

        /// <summary>The user implemented OnValidate. Only the implementation is visible here: the declaration is another generator's output.</summary>
        private static bool HasValidationHook(INamedTypeSymbol type)
        {
            foreach (ISymbol member in type.GetMembers("OnValidate"))
            {
                if (member is IMethodSymbol { IsStatic: false, ReturnsVoid: true, Parameters.Length: 1 })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Every handler interface <paramref name="type"/> implements, as one model each; empty when it is no handler. An
        /// interface whose message (or response) is not a [Message] the compilation shows is kept as pending: it may be a
        /// message generated from a .proto file, which only exists in the compilation the other generator stage produces.
        /// </summary>
        public static HandlerDeclarationsModel ParseHandlers(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic)
            {
                return HandlerDeclarationsModel.None;
            }

            List<HandlerModel>? handlers = null;
            List<PendingHandlerModel>? pending = null;
            foreach (INamedTypeSymbol candidate in type.AllInterfaces)
            {
                cancellationToken.ThrowIfCancellationRequested();
                HandlerKind kind;
                if (RuntimeTypes.Is(candidate, RuntimeTypes.MessageHandler, 2))
                {
                    kind = HandlerKind.Message;
                }
                else if (RuntimeTypes.Is(candidate, RuntimeTypes.RequestHandler, 3))
                {
                    kind = HandlerKind.Request;
                }
                else
                {
                    continue;
                }

                // Type arguments that do not bind (IMessageHandler<, X> half-typed, a session whose using is being typed) are left
                // out: the compiler reports them in the user's code, and generated code must not repeat them as written.
                if (candidate.TypeArguments[0] is not INamedTypeSymbol session
                    || candidate.TypeArguments[1] is not INamedTypeSymbol message
                    || ContainsErrorType(session)
                    || !ImplementsSession(session))
                {
                    continue;
                }

                ITypeSymbol? response = kind == HandlerKind.Request ? candidate.TypeArguments[2] : null;
                DispatchMessageModel? messageModel = ContainsErrorType(candidate) || !SatisfiesConstraints(candidate) ? null : ParseMessage(message, cancellationToken);
                if (messageModel is not null)
                {
                    handlers ??= new List<HandlerModel>();
                    handlers.Add(new HandlerModel(
                        FullName(type),
                        type.Name,
                        kind,
                        FullName(candidate),
                        ParseSession(session),
                        messageModel,
                        response is null ? null : FullName(response),
                        AuthorizationReader.Read(type),
                        SkipReason(type, session, response, cancellationToken),
                        IsPublic(type),
                        LimitReader.Read(type)));
                    continue;
                }

                // A C# response is checked here; a .proto one when it is resolved (generated: public, constructible, serialized).
                bool csharpResponse = response is not null && !ContainsErrorType(response) && !IsUserPartWithoutMessage(response);
                TypeReferenceModel? responseReference = response is null ? null
                    : csharpResponse ? new TypeReferenceModel(FullName(response), response.Name, EquatableArray<string>.Empty)
                    : ProtoReference(response, type);
                if (!SatisfiesConstraint(candidate, 0)
                    || ProtoReference(message, type) is not { } messageReference
                    || (response is not null && responseReference is null))
                {
                    continue;
                }

                pending ??= new List<PendingHandlerModel>();
                pending.Add(new PendingHandlerModel(
                    FullName(type),
                    type.Name,
                    kind,
                    ParseSession(session),
                    messageReference,
                    responseReference,
                    AuthorizationReader.Read(type),
                    SkipReason(type, session, csharpResponse ? response : null, cancellationToken),
                    IsPublic(type),
                    LimitReader.Read(type)));
            }

            return handlers is null && pending is null
                ? HandlerDeclarationsModel.None
                : new HandlerDeclarationsModel(
                    handlers is null ? EquatableArray<HandlerModel>.Empty : new EquatableArray<HandlerModel>(handlers.ToArray()),
                    pending is null ? EquatableArray<PendingHandlerModel>.Empty : new EquatableArray<PendingHandlerModel>(pending.ToArray()));
        }

        /// <summary>
        /// A reference to what may be a .proto message: a type that does not bind (its name as written, with the namespaces the
        /// handler sees names in), or a partial class the user wrote to add members to one (no [Message] of its own). Null
        /// for anything else (a C# type that is no message stays the compiler's error to report).
        /// </summary>
        private static TypeReferenceModel? ProtoReference(ITypeSymbol type, INamedTypeSymbol handler)
        {
            if (type is IErrorTypeSymbol { Arity: 0 } error)
            {
                // The name as written, qualifier included: a qualified name whose middle does not bind (A.B.Msg with no A.B yet)
                // has error types, not namespaces, as containers, so the display string, not ContainingNamespace, keeps it whole.
                return new TypeReferenceModel(null, error.ToDisplayString(), Scopes(handler));
            }

            return type is INamedTypeSymbol named && IsUserPartWithoutMessage(named)
                ? new TypeReferenceModel(FullName(named), named.Name, EquatableArray<string>.Empty)
                : null;
        }

        /// <summary>A non-generic partial class of this compilation without [Message]: the user's part of a message generated from a .proto file.</summary>
        private static bool IsUserPartWithoutMessage(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, Arity: 0 } named || named.DeclaringSyntaxReferences.IsEmpty)
            {
                return false;
            }

            foreach (AttributeData attribute in named.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) == AttributeNames.Message)
                {
                    return false;
                }
            }

            foreach (SyntaxReference reference in named.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not ClassDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The namespaces code in <paramref name="handler"/> sees names in, nearest first: its own and the enclosing ones, then the imported ones.</summary>
        private static EquatableArray<string> Scopes(INamedTypeSymbol handler)
        {
            var scopes = new List<string>();
            for (INamespaceSymbol? current = handler.ContainingNamespace; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
            {
                scopes.Add(current.ToDisplayString());
            }

            foreach (SyntaxReference reference in handler.DeclaringSyntaxReferences)
            {
                for (SyntaxNode? node = reference.GetSyntax(); node is not null; node = node.Parent)
                {
                    SyntaxList<UsingDirectiveSyntax> usings = node switch
                    {
                        BaseNamespaceDeclarationSyntax block => block.Usings,
                        CompilationUnitSyntax unit => unit.Usings,
                        _ => default,
                    };
                    foreach (UsingDirectiveSyntax directive in usings)
                    {
                        if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is { } name)
                        {
                            string imported = name.ToString().Replace("global::", "");
                            if (!scopes.Contains(imported))
                            {
                                scopes.Add(imported);
                            }
                        }
                    }
                }
            }

            return new EquatableArray<string>(scopes.ToArray());
        }

        /// <summary>Where the generated code goes and whether the DI extension can be emitted.</summary>
        public static CompilationTargetModel ParseTarget(Compilation compilation)
        {
            string assemblyName = compilation.AssemblyName ?? "Protocol";
            var namespaceBuilder = new StringBuilder();
            var identifierBuilder = new StringBuilder();
            foreach (string part in assemblyName.Split('.'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                string identifier = ToIdentifier(part);
                namespaceBuilder.Append(SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None ? identifier : "@" + identifier).Append('.');
                identifierBuilder.Append(identifier);
            }

            return new CompilationTargetModel(
                namespaceBuilder.Append("Generated").ToString(),
                identifierBuilder.Length == 0 ? "Protocol" : identifierBuilder.ToString(),
                compilation.GetTypeByMetadataName(ServiceCollection) is not null,
                compilation.GetTypeByMetadataName(RuntimeTypes.MetadataName(DispatchLimiter)) is not null);
        }

        private static SessionModel ParseSession(INamedTypeSymbol session)
        {
            var assignableTo = new List<string> { FullName(session) };
            for (INamedTypeSymbol? baseType = session.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                assignableTo.Add(FullName(baseType));
            }

            foreach (INamedTypeSymbol implemented in session.AllInterfaces)
            {
                assignableTo.Add(FullName(implemented));
            }

            return new SessionModel(FullName(session), session.Name, session.IsValueType, new EquatableArray<string>(assignableTo.ToArray()), IsPublic(session));
        }

        /// <summary>Why the dispatcher cannot call this handler, or null. An analyzer reports these; the generator only skips them.</summary>
        private static string? SkipReason(INamedTypeSymbol handler, INamedTypeSymbol session, ITypeSymbol? response, CancellationToken cancellationToken)
        {
            if (handler.IsGenericType)
            {
                return "it is generic";
            }

            if (!IsAccessible(handler))
            {
                return "it is not accessible to generated code";
            }

            if (!IsAccessible(session))
            {
                return "its session type is not accessible to generated code";
            }

            if (FindExplicitSessionMember(session) is { } explicitMember)
            {
                return "its session type implements " + RuntimeTypes.Session + "." + explicitMember + " explicitly, and the dispatcher reads it on the session type";
            }

            if (response is INamedTypeSymbol { TypeKind: TypeKind.Class } responseClass && (responseClass.IsAbstract || !HasAccessibleParameterlessConstructor(responseClass)))
            {
                return "its response type has no accessible parameterless constructor for error responses";
            }

            // The dispatcher encodes the response: it must be a message with a generated serializer (IWireMessage).
            if (response is INamedTypeSymbol responseType && !MessageParser.HasSerializer(responseType, cancellationToken))
            {
                return "its response type '" + responseType.Name + "' has no generated serializer (it is not a [Message], or the generator skips it)";
            }

            return null;
        }

        /// <summary>Generated code, at namespace level in this assembly, can name <paramref name="type"/>: no private or protected type on the way.</summary>
        private static bool IsAccessible(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasAccessibleParameterlessConstructor(INamedTypeSymbol type)
        {
            foreach (IMethodSymbol constructor in type.InstanceConstructors)
            {
                if (constructor.Parameters.Length == 0
                    && constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The type arguments meet the interface's constraints (TSession : IProtocolSession, TMessage : IMessage, ...). A handler
        /// whose message no longer implements IMessage is an error in the user's code (CS0311); the dispatcher, which names the
        /// same interface, must not repeat it.
        /// </summary>
        private static bool SatisfiesConstraints(INamedTypeSymbol handlerInterface)
        {
            for (int i = 0; i < handlerInterface.TypeArguments.Length; i++)
            {
                if (!SatisfiesConstraint(handlerInterface, i))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The type argument at <paramref name="index"/> meets its parameter's constraints.</summary>
        private static bool SatisfiesConstraint(INamedTypeSymbol handlerInterface, int index)
        {
            foreach (ITypeSymbol constraint in handlerInterface.OriginalDefinition.TypeParameters[index].ConstraintTypes)
            {
                if (!IsAssignableTo(handlerInterface.TypeArguments[index], constraint))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAssignableTo(ITypeSymbol type, ITypeSymbol target)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, target))
                {
                    return true;
                }
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, target))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The dispatcher reads <c>Scope</c> and <c>IsAuthenticated</c> and calls <c>IsInRole</c> on the session type itself: each
        /// must be implemented (a session that lacks one is CS0535 in the user's code; an explicit implementation is a skip reason).
        /// </summary>
        private static bool ImplementsSession(INamedTypeSymbol session) =>
            // An interface session (IProtocolSession itself, or one deriving from it) has the members; the constraint check covers it.
            session.TypeKind == TypeKind.Interface
            || (FindSessionContract(session) is { } contract && SessionMembers(session, contract).All(member => member.Implementation is not null));

        /// <summary>The first <c>IProtocolSession</c> member the session implements explicitly (under another name), or null.</summary>
        internal static string? FindExplicitSessionMember(INamedTypeSymbol session) =>
            session.TypeKind == TypeKind.Interface || FindSessionContract(session) is not { } contract
                ? null
                : SessionMembers(session, contract).FirstOrDefault(member => member.Implementation is { } implementation && implementation.Name != member.Member.Name).Member?.Name;

        /// <summary>The <c>IProtocolSession</c> among the interfaces <paramref name="session"/> implements, or null.</summary>
        private static INamedTypeSymbol? FindSessionContract(INamedTypeSymbol session) =>
            session.AllInterfaces.FirstOrDefault(implemented => RuntimeTypes.Is(implemented, RuntimeTypes.Session, 0));

        /// <summary>The properties and methods dispatch uses of <paramref name="contract"/>, each with the session's implementation of it (null where it has none).</summary>
        private static IEnumerable<(ISymbol Member, ISymbol? Implementation)> SessionMembers(INamedTypeSymbol session, INamedTypeSymbol contract) =>
            contract.GetMembers()
                .Where(member => member is IPropertySymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary })
                .Select(member => (member, session.FindImplementationForInterfaceMember(member)));

        /// <summary>True if <paramref name="type"/>, every type containing it and every type argument in it are public.</summary>
        private static bool IsPublic(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return IsPublic(array.ElementType);
                case INamedTypeSymbol named:
                    for (INamedTypeSymbol? current = named; current is not null; current = current.ContainingType)
                    {
                        if (current.DeclaredAccessibility != Accessibility.Public)
                        {
                            return false;
                        }

                        foreach (ITypeSymbol argument in current.TypeArguments)
                        {
                            if (!IsPublic(argument))
                            {
                                return false;
                            }
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary>True if <paramref name="type"/> or any type in it (type argument, element type) does not bind.</summary>
        private static bool ContainsErrorType(ITypeSymbol type) => type switch
        {
            IErrorTypeSymbol => true,
            IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
            IPointerTypeSymbol pointer => ContainsErrorType(pointer.PointedAtType),
            INamedTypeSymbol named => AnyErrorType(named.TypeArguments) || named.ContainingType is { } containing && ContainsErrorType(containing),
            _ => false,
        };

        private static bool AnyErrorType(ImmutableArray<ITypeSymbol> types)
        {
            foreach (ITypeSymbol type in types)
            {
                if (ContainsErrorType(type))
                {
                    return true;
                }
            }

            return false;
        }

        private static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        private static string ToIdentifier(string text)
        {
            var builder = new StringBuilder(text.Length + 1);
            foreach (char c in text)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }
    }
}
