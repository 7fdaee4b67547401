using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Dispatch.Parsing
{
    /// <summary>Turns symbols into dispatch models. The only place that sees symbols; it never writes code.</summary>
    internal static class DispatchParser
    {
        private const string ServiceCollection = "Microsoft.Extensions.DependencyInjection.IServiceCollection";

        /// <summary>
        /// Reads a [Message] type's opcode, scope, authorization and response type; null when it has no [Message] or no
        /// serializer (the message generator skipped it and an analyzer says why), so that nothing generated refers to a
        /// missing serializer. A message of a referenced assembly counts when it carries its generated members.
        /// </summary>
        public static DispatchMessageModel? ParseMessage(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            ushort? opcode = null;
            DispatchScope scope = DispatchScope.Outer;
            var authorization = default(AuthorizationReader);
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
                        break;
                    case AttributeNames.AllowAnonymous:
                    case AttributeNames.Authorize:
                        authorization.Add(attribute, attributeName);
                        break;
                    case AttributeNames.ResponseType:
                        if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is ITypeSymbol response)
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

            return new DispatchMessageModel(
                opcode.Value,
                FullName(type),
                type.Name,
                scope,
                authorization.ToModel(),
                responseType is null ? null : FullName(responseType),
                RuntimeTypes.Implements(type, RuntimeTypes.Request),
                RuntimeTypes.Implements(type, RuntimeTypes.Response),
                responseType is not null && RuntimeTypes.Implements(responseType, RuntimeTypes.Response),
                MessageParser.DescribeValidation(type, cancellationToken),
                HasValidationHook(type));
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

        /// <summary>Every handler interface <paramref name="type"/> implements, as one model each; empty when it is no handler.</summary>
        public static EquatableArray<HandlerModel> ParseHandlers(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic)
            {
                return EquatableArray<HandlerModel>.Empty;
            }

            List<HandlerModel>? handlers = null;
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

                if (candidate.TypeArguments[0] is not INamedTypeSymbol session || candidate.TypeArguments[1] is not INamedTypeSymbol message)
                {
                    continue;
                }

                DispatchMessageModel? messageModel = ParseMessage(message, cancellationToken);
                if (messageModel is null)
                {
                    continue;
                }

                ITypeSymbol? response = kind == HandlerKind.Request ? candidate.TypeArguments[2] : null;
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
                    SkipReason(type, response)));
            }

            return handlers is null ? EquatableArray<HandlerModel>.Empty : new EquatableArray<HandlerModel>(handlers.ToArray());
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
                compilation.GetTypeByMetadataName(ServiceCollection) is not null);
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

            return new SessionModel(FullName(session), session.Name, session.IsValueType, new EquatableArray<string>(assignableTo.ToArray()));
        }

        /// <summary>Why the dispatcher cannot call this handler, or null. An analyzer reports these; the generator only skips them.</summary>
        private static string? SkipReason(INamedTypeSymbol handler, ITypeSymbol? response)
        {
            if (handler.IsGenericType)
            {
                return "it is generic";
            }

            for (ISymbol? symbol = handler; symbol is INamedTypeSymbol named; symbol = named.ContainingType)
            {
                if (named.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                {
                    return "it is not accessible to generated code";
                }
            }

            if (response is INamedTypeSymbol { TypeKind: TypeKind.Class } responseClass && (responseClass.IsAbstract || !HasAccessibleParameterlessConstructor(responseClass)))
            {
                return "its response type has no accessible parameterless constructor for error responses";
            }

            return null;
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
