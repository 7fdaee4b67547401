using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Parsing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// What a rule about one message needs to know about the rest of the assembly: which messages share its opcode, whether
    /// a handler class carrying [Authorize] or [AllowAnonymous] handles it, and the authorization and limits each of its handler
    /// classes declares. Built once per compilation, on first use, by a walk over the assembly's types, so that ETP0002, ETP0102
    /// and ETP0109 report from each message's own symbol action: the IDE shows them
    /// in the open document, not only after a build or with full-solution analysis as compilation-end diagnostics.
    /// </summary>
    internal sealed class ProtocolIndex
    {
        private static readonly ConditionalWeakTable<Compilation, ProtocolIndex> Cache = new ConditionalWeakTable<Compilation, ProtocolIndex>();

        private readonly Dictionary<ushort, List<INamedTypeSymbol>> _byOpcode = new Dictionary<ushort, List<INamedTypeSymbol>>();
        private readonly HashSet<INamedTypeSymbol> _authorizedByHandler = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        private readonly Dictionary<INamedTypeSymbol, List<HandlerDeclarations>> _handlers =
            new Dictionary<INamedTypeSymbol, List<HandlerDeclarations>>(SymbolEqualityComparer.Default);

        private ProtocolIndex(ProtocolSymbols symbols, CancellationToken cancellationToken)
        {
            foreach (INamedTypeSymbol type in AssemblyTypes.In(symbols.Compilation.Assembly.GlobalNamespace, cancellationToken))
            {
                Add(type, symbols);
            }
        }

        /// <summary>The index of <paramref name="symbols"/>' compilation, built by the first analyzer that asks.</summary>
        public static ProtocolIndex Of(ProtocolSymbols symbols, CancellationToken cancellationToken) =>
            Cache.GetValue(symbols.Compilation, _ => new ProtocolIndex(symbols, cancellationToken));

        /// <summary>Every message of this assembly with <paramref name="opcode"/>, in declaration-walk order.</summary>
        public IReadOnlyList<INamedTypeSymbol> MessagesWithOpcode(ushort opcode) =>
            _byOpcode.TryGetValue(opcode, out List<INamedTypeSymbol>? messages) ? messages : (IReadOnlyList<INamedTypeSymbol>)System.Array.Empty<INamedTypeSymbol>();

        /// <summary>True when a handler class of this assembly that carries [Authorize] or [AllowAnonymous] handles <paramref name="message"/>.</summary>
        public bool IsAuthorizedByHandler(INamedTypeSymbol message) => _authorizedByHandler.Contains(message.OriginalDefinition);

        /// <summary>What each handler class of this assembly that handles <paramref name="message"/> declares on itself; empty when none does.</summary>
        public IReadOnlyList<HandlerDeclarations> HandlersOf(INamedTypeSymbol message) =>
            _handlers.TryGetValue(message.OriginalDefinition, out List<HandlerDeclarations>? handlers) ? handlers : (IReadOnlyList<HandlerDeclarations>)System.Array.Empty<HandlerDeclarations>();

        private void Add(INamedTypeSymbol type, ProtocolSymbols symbols)
        {
            if (symbols.TryGetMessage(type, out ProtocolMessage message) && message.Opcode is ushort opcode)
            {
                if (!_byOpcode.TryGetValue(opcode, out List<INamedTypeSymbol>? messages))
                {
                    _byOpcode.Add(opcode, messages = new List<INamedTypeSymbol>());
                }

                messages.Add(type);
            }

            ImmutableArray<HandlerBinding> bindings = symbols.GetHandlerBindings(type);
            if (bindings.IsEmpty)
            {
                return;
            }

            bool authorizes = symbols.HasAttribute(type, AttributeNames.Authorize) || symbols.HasAttribute(type, AttributeNames.AllowAnonymous);
            var declarations = new HandlerDeclarations(AuthorizationReader.Read(type), LimitReader.Read(type));
            foreach (HandlerBinding binding in bindings)
            {
                if (binding.Message is not INamedTypeSymbol handled)
                {
                    continue;
                }

                if (authorizes)
                {
                    _authorizedByHandler.Add(handled.OriginalDefinition);
                }

                if (!_handlers.TryGetValue(handled.OriginalDefinition, out List<HandlerDeclarations>? handlers))
                {
                    _handlers.Add(handled.OriginalDefinition, handlers = new List<HandlerDeclarations>());
                }

                handlers.Add(declarations);
            }
        }
    }
}
