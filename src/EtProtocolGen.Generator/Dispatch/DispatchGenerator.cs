using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EtProtocolGen.Generator.Dispatch.Emit;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Parsing;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Parsing;
using EtProtocolGen.Generator.Proto;
using EtProtocolGen.Generator.Proto.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Generator.Dispatch
{
    /// <summary>
    /// Emits the opcode registry of the assembly's [Message] types, one dispatcher per scope that routes decoded, authorized
    /// and validated messages to the handler classes found in the compilation, typed client calls, and (when the compilation
    /// references Microsoft.Extensions.DependencyInjection) a registration extension.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DispatchGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // 1. [Message] types declared here -> opcode, scope, authorization and response type.
            IncrementalValuesProvider<DispatchMessageModel> messages = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeNames.Message,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (context, cancellationToken) => context.TargetSymbol is INamedTypeSymbol type && MessageParser.IsFirstMessageDeclaration(type, context.TargetNode)
                        ? DispatchParser.ParseMessage(type, cancellationToken)
                        : null)
                .Where(static message => message is not null)
                .Select(static (message, _) => message!)
                .WithTrackingName(DispatchTrackingNames.Messages);

            // 2. Classes with a base list -> one model per IMessageHandler / IRequestHandler they implement; those whose message
            //    the compilation does not show wait for the .proto messages (step 4b).
            IncrementalValuesProvider<HandlerDeclarationsModel> declarations = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => node is ClassDeclarationSyntax { BaseList: not null },
                    static (context, cancellationToken) => context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken) is INamedTypeSymbol type
                        ? DispatchParser.ParseHandlers(type, cancellationToken)
                        : HandlerDeclarationsModel.None);
            IncrementalValuesProvider<HandlerModel> handlers = declarations
                .SelectMany(static (found, _) => found.Handlers.AsSpan().ToArray())
                .WithTrackingName(DispatchTrackingNames.Handlers);
            IncrementalValuesProvider<PendingHandlerModel> pendingHandlers = declarations
                .SelectMany(static (found, _) => found.Pending.AsSpan().ToArray())
                .WithTrackingName(DispatchTrackingNames.PendingHandlers);

            // 2b. The messages of the project's .proto files: the message generator emits their classes, which this generator
            //     cannot see, so it takes the binder's dispatch models (the same front end, run here too).
            IncrementalValueProvider<EquatableArray<DispatchMessageModel>> protoMessages = ProtoPipeline.Create(context)
                .Select(static (protocol, _) => ProtoDispatchMessages(protocol))
                .WithTrackingName(DispatchTrackingNames.ProtoMessages);

            // 2c. The namespaces of the project's global usings (a GlobalUsings.cs, the SDK's <Using> items), which a handler's
            //     own file does not show: a .proto message is found through them as the compiler will find it.
            IncrementalValueProvider<EquatableArray<string>> globalUsings = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => node is UsingDirectiveSyntax { Alias: null } directive
                        && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)
                        && !directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword),
                    static (context, _) => GlobalUsingNamespace((UsingDirectiveSyntax)context.Node))
                .Collect()
                .Select(static (names, _) => new EquatableArray<string>(names.Where(static name => name.Length > 0).Distinct().OrderBy(static name => name, System.StringComparer.Ordinal).ToArray()))
                .WithTrackingName(DispatchTrackingNames.GlobalUsings);

            // 3. The generated namespace and whether IServiceCollection exists: a small equatable value, so edits elsewhere stay cached.
            IncrementalValueProvider<CompilationTargetModel> target = context.CompilationProvider
                .Select(static (compilation, _) => DispatchParser.ParseTarget(compilation))
                .WithTrackingName(DispatchTrackingNames.Target);

            // 4. Registry and typed client calls from the messages declared here (in C# and in .proto files); messages that share an opcode are left out (ETP0002).
            IncrementalValueProvider<((EquatableArray<DispatchMessageModel> Messages, EquatableArray<ushort> SharedOpcodes) Found, CompilationTargetModel Target)> registry = messages
                .Collect()
                .Combine(protoMessages)
                .Select(static (found, _) => PrepareRegistry(found.Left.AddRange(found.Right.AsSpan().ToArray())))
                .Combine(target)
                .WithTrackingName(DispatchTrackingNames.Registry);

            context.RegisterSourceOutput(registry, static (output, input) =>
            {
                if (input.Found.Messages.IsEmpty)
                {
                    return;
                }

                DispatchMessageModel[] sorted = input.Found.Messages.AsSpan().ToArray();
                output.AddSource(input.Target.GeneratedNamespace + "." + RegistryEmitter.ClassName + ".g.cs", RegistryEmitter.Emit(sorted, input.Target.GeneratedNamespace));
                if (ClientExtensionsEmitter.HasCalls(sorted))
                {
                    output.AddSource(input.Target.GeneratedNamespace + "." + ClientExtensionsEmitter.ClassName + ".g.cs", ClientExtensionsEmitter.Emit(sorted, input.Target.GeneratedNamespace));
                }
            });

            // 5. The rate limit for anonymous requests that declare none, from the assembly's [ProtocolLimits]: a small equatable value.
            IncrementalValueProvider<RateLimitModel> anonymousRateLimit = context.CompilationProvider
                .Select(static (compilation, cancellationToken) => LimitReader.ReadAnonymousDefault(compilation.Assembly, cancellationToken))
                .WithTrackingName(DispatchTrackingNames.AnonymousRateLimit);

            // 6. Dispatchers (and the DI extension) from every handler, knowing every message to refuse other-scope opcodes by name.
            //    Handlers of .proto messages are resolved against them first.
            IncrementalValueProvider<((EquatableArray<HandlerModel> Handlers, ((EquatableArray<DispatchMessageModel> Messages, EquatableArray<ushort> SharedOpcodes) Found, CompilationTargetModel Target) Registry) Found, RateLimitModel AnonymousRateLimit)> dispatchers = handlers
                .Collect()
                .Combine(pendingHandlers.Collect())
                .Combine(protoMessages)
                .Combine(globalUsings)
                .Select(static (found, _) => AllHandlers(found.Left.Left.Left, found.Left.Left.Right, found.Left.Right, found.Right))
                .Combine(registry)
                .Combine(anonymousRateLimit)
                .WithTrackingName(DispatchTrackingNames.Dispatchers);

            context.RegisterSourceOutput(dispatchers, static (output, input) =>
                Emit(output, input.Found.Handlers, input.Found.Registry.Found, input.Found.Registry.Target, input.AnonymousRateLimit));
        }

        /// <summary>
        /// The registry's messages by opcode, one per type, without the messages that share their opcode with another type:
        /// the registry cannot name two types for one opcode, ETP0002 reports them, and the generated code stays compilable.
        /// </summary>
        private static (EquatableArray<DispatchMessageModel> Messages, EquatableArray<ushort> SharedOpcodes) PrepareRegistry(ImmutableArray<DispatchMessageModel> messages)
        {
            var byType = new Dictionary<string, DispatchMessageModel>(System.StringComparer.Ordinal);
            var typesByOpcode = new Dictionary<ushort, int>();
            foreach (DispatchMessageModel message in messages)
            {
                if (!byType.ContainsKey(message.TypeName))
                {
                    byType.Add(message.TypeName, message);
                    typesByOpcode[message.Opcode] = typesByOpcode.TryGetValue(message.Opcode, out int count) ? count + 1 : 1;
                }
            }

            var kept = new List<DispatchMessageModel>(byType.Count);
            var shared = new List<ushort>();
            foreach (DispatchMessageModel message in byType.Values)
            {
                if (typesByOpcode[message.Opcode] == 1)
                {
                    kept.Add(message);
                }
                else if (!shared.Contains(message.Opcode))
                {
                    shared.Add(message.Opcode);
                }
            }

            kept.Sort(static (a, b) => a.Opcode.CompareTo(b.Opcode));
            shared.Sort();
            return (new EquatableArray<DispatchMessageModel>(kept.ToArray()), new EquatableArray<ushort>(shared.ToArray()));
        }

        private static EquatableArray<DispatchMessageModel> ProtoDispatchMessages(ProtoProtocolModel protocol)
        {
            var found = new List<DispatchMessageModel>();
            foreach (ProtoMessageModel message in protocol.Messages)
            {
                if (message.Dispatch is { } dispatch)
                {
                    found.Add(dispatch);
                }
            }

            return new EquatableArray<DispatchMessageModel>(found.ToArray());
        }

        private static EquatableArray<HandlerModel> AllHandlers(
            ImmutableArray<HandlerModel> handlers,
            ImmutableArray<PendingHandlerModel> pending,
            EquatableArray<DispatchMessageModel> protoMessages,
            EquatableArray<string> globalUsings)
        {
            var all = new List<HandlerModel>(handlers);
            if (!pending.IsEmpty)
            {
                all.AddRange(ProtoHandlers.Resolve(new EquatableArray<PendingHandlerModel>(pending.ToArray()), protoMessages, globalUsings));
            }

            return new EquatableArray<HandlerModel>(all.ToArray());
        }

        /// <summary>The namespace a <c>global using</c> imports, as written without <c>global::</c> and spaces.</summary>
        private static string GlobalUsingNamespace(UsingDirectiveSyntax directive)
        {
            string name = directive.Name?.ToString() ?? "";
            name = new string(name.Where(static c => !char.IsWhiteSpace(c)).ToArray());
            return name.StartsWith("global::", System.StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
        }

        private static void Emit(
            SourceProductionContext output,
            EquatableArray<HandlerModel> handlers,
            (EquatableArray<DispatchMessageModel> Messages, EquatableArray<ushort> SharedOpcodes) registry,
            CompilationTargetModel target,
            RateLimitModel anonymousRateLimit)
        {
            // A handler of a message whose opcode another message of this assembly shares is left out with it.
            var shared = new HashSet<ushort>(registry.SharedOpcodes);
            var routable = new List<HandlerModel>(handlers.Length);
            foreach (HandlerModel handler in handlers)
            {
                if (!shared.Contains(handler.Message.Opcode))
                {
                    routable.Add(handler);
                }
            }

            if (routable.Count == 0)
            {
                return;
            }

            List<DispatcherPlan> plans = DispatcherPlan.Build(routable, registry.Messages);
            var limits = new List<LimitsPlan>(plans.Count);
            foreach (DispatcherPlan plan in plans)
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                LimitsPlan planLimits = LimitsPlan.Build(plan, anonymousRateLimit);
                limits.Add(planLimits);
                output.AddSource(target.GeneratedNamespace + "." + plan.ClassName + ".g.cs", DispatcherEmitter.Emit(plan, planLimits, target.GeneratedNamespace));
            }

            if (target.HasDependencyInjection && plans.Count != 0)
            {
                output.AddSource(target.GeneratedNamespace + "." + ServiceCollectionEmitter.ClassName + ".g.cs", ServiceCollectionEmitter.Emit(plans, limits, target));
            }
        }
    }
}
