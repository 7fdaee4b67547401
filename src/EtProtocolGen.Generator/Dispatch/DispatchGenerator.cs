using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EtProtocolGen.Generator.Dispatch.Emit;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Parsing;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
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
                    static (context, cancellationToken) => DispatchParser.ParseMessage((INamedTypeSymbol)context.TargetSymbol, cancellationToken))
                .Where(static message => message is not null)
                .Select(static (message, _) => message!)
                .WithTrackingName(DispatchTrackingNames.Messages);

            // 2. Classes with a base list -> one model per IMessageHandler / IRequestHandler they implement.
            IncrementalValuesProvider<HandlerModel> handlers = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => node is ClassDeclarationSyntax { BaseList: not null },
                    static (context, cancellationToken) => context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken) is INamedTypeSymbol type
                        ? DispatchParser.ParseHandlers(type, cancellationToken)
                        : EquatableArray<HandlerModel>.Empty)
                .SelectMany(static (found, _) => found.AsSpan().ToArray())
                .WithTrackingName(DispatchTrackingNames.Handlers);

            // 3. The generated namespace and whether IServiceCollection exists: a small equatable value, so edits elsewhere stay cached.
            IncrementalValueProvider<CompilationTargetModel> target = context.CompilationProvider
                .Select(static (compilation, _) => DispatchParser.ParseTarget(compilation))
                .WithTrackingName(DispatchTrackingNames.Target);

            // 4. Registry and typed client calls from the messages declared here.
            IncrementalValueProvider<(EquatableArray<DispatchMessageModel> Messages, CompilationTargetModel Target)> registry = messages
                .Collect()
                .Select(static (found, _) => SortByOpcode(found))
                .Combine(target)
                .WithTrackingName(DispatchTrackingNames.Registry);

            context.RegisterSourceOutput(registry, static (output, input) =>
            {
                if (input.Messages.IsEmpty)
                {
                    return;
                }

                DispatchMessageModel[] sorted = input.Messages.AsSpan().ToArray();
                output.AddSource(input.Target.GeneratedNamespace + "." + RegistryEmitter.ClassName + ".g.cs", RegistryEmitter.Emit(sorted, input.Target.GeneratedNamespace));
                if (ClientExtensionsEmitter.HasCalls(sorted))
                {
                    output.AddSource(input.Target.GeneratedNamespace + "." + ClientExtensionsEmitter.ClassName + ".g.cs", ClientExtensionsEmitter.Emit(sorted, input.Target.GeneratedNamespace));
                }
            });

            // 5. Dispatchers (and the DI extension) from every handler, knowing every message to refuse other-scope opcodes by name.
            IncrementalValueProvider<(EquatableArray<HandlerModel> Handlers, (EquatableArray<DispatchMessageModel> Messages, CompilationTargetModel Target) Registry)> dispatchers = handlers
                .Collect()
                .Select(static (found, _) => new EquatableArray<HandlerModel>(found.ToArray()))
                .Combine(registry)
                .WithTrackingName(DispatchTrackingNames.Dispatchers);

            context.RegisterSourceOutput(dispatchers, static (output, input) => Emit(output, input.Handlers, input.Registry.Messages, input.Registry.Target));
        }

        private static EquatableArray<DispatchMessageModel> SortByOpcode(ImmutableArray<DispatchMessageModel> messages)
        {
            DispatchMessageModel[] sorted = messages.ToArray();
            System.Array.Sort(sorted, static (a, b) => a.Opcode != b.Opcode ? a.Opcode.CompareTo(b.Opcode) : string.CompareOrdinal(a.TypeName, b.TypeName));
            return new EquatableArray<DispatchMessageModel>(sorted);
        }

        private static void Emit(SourceProductionContext output, EquatableArray<HandlerModel> handlers, EquatableArray<DispatchMessageModel> messages, CompilationTargetModel target)
        {
            if (handlers.IsEmpty)
            {
                return;
            }

            List<DispatcherPlan> plans = DispatcherPlan.Build(handlers, messages);
            foreach (DispatcherPlan plan in plans)
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                output.AddSource(target.GeneratedNamespace + "." + plan.ClassName + ".g.cs", DispatcherEmitter.Emit(plan, target.GeneratedNamespace));
            }

            if (target.HasDependencyInjection && plans.Count != 0)
            {
                output.AddSource(target.GeneratedNamespace + "." + ServiceCollectionEmitter.ClassName + ".g.cs", ServiceCollectionEmitter.Emit(plans, target));
            }
        }
    }
}
