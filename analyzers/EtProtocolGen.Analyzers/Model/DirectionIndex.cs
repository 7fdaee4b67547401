using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// Which way each message of a compilation travels: a message's own declaration, name and kind by the generator's
    /// <see cref="MessageDirections"/>, and for a message without an opcode that declares none, the directions of the
    /// messages that carry it in a field (<see cref="MessageDirections.Inherit"/>), found by one walk over the assembly's
    /// types, built once per compilation on first use.
    /// </summary>
    internal sealed class DirectionIndex
    {
        private static readonly ConditionalWeakTable<Compilation, DirectionIndex> Cache = new ConditionalWeakTable<Compilation, DirectionIndex>();

        private readonly Dictionary<INamedTypeSymbol, MessageDirectionModel> _inherited =
            new Dictionary<INamedTypeSymbol, MessageDirectionModel>(SymbolEqualityComparer.Default);

        private DirectionIndex(ProtocolSymbols symbols, CancellationToken cancellationToken)
        {
            // Every value (a message without an opcode or direction of its own) with the messages whose fields carry it.
            var carriers = new Dictionary<INamedTypeSymbol, List<ProtocolMessage>>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol type in AssemblyTypes.In(symbols.Compilation.Assembly.GlobalNamespace, cancellationToken))
            {
                AddCarriedValues(type, symbols, carriers);
            }

            Resolve(carriers, cancellationToken);
        }

        /// <summary>The index of <paramref name="symbols"/>' compilation, built by the first analyzer that asks.</summary>
        public static DirectionIndex Of(ProtocolSymbols symbols, CancellationToken cancellationToken) =>
            Cache.GetValue(symbols.Compilation, _ => new DirectionIndex(symbols, cancellationToken));

        /// <summary>Which way <paramref name="message"/> travels.</summary>
        public MessageDirectionModel DirectionOf(ProtocolMessage message)
        {
            MessageDirectionModel own = message.Direction;
            if (own.Source != DirectionSource.Containers)
            {
                return own;
            }

            return _inherited.TryGetValue(message.Type.OriginalDefinition, out MessageDirectionModel inherited)
                ? inherited
                : MessageDirections.Inherit(WireDirection.None, carriedByInner: false);
        }

        private static void AddCarriedValues(INamedTypeSymbol type, ProtocolSymbols symbols, Dictionary<INamedTypeSymbol, List<ProtocolMessage>> carriers)
        {
            if (!symbols.TryGetMessage(type, out ProtocolMessage carrier))
            {
                return;
            }

            foreach (ProtocolField field in symbols.GetFields(type))
            {
                if (symbols.TryGetMessage(FieldTypes.GetCarriedMessage(field), out ProtocolMessage carried)
                    && carried.Direction.Source == DirectionSource.Containers
                    && !SymbolEqualityComparer.Default.Equals(carried.Type.OriginalDefinition, type.OriginalDefinition))
                {
                    INamedTypeSymbol key = carried.Type.OriginalDefinition;
                    if (!carriers.TryGetValue(key, out List<ProtocolMessage>? list))
                    {
                        carriers.Add(key, list = new List<ProtocolMessage>());
                    }

                    list.Add(carrier);
                }
            }
        }

        /// <summary>
        /// Directions flow from carriers into the values they carry until nothing changes. A value carried only by values that
        /// nothing carries is unknown (both ways); directions only grow, so the loop ends.
        /// </summary>
        private void Resolve(Dictionary<INamedTypeSymbol, List<ProtocolMessage>> carriers, CancellationToken cancellationToken)
        {
            var directions = new Dictionary<INamedTypeSymbol, WireDirection>(SymbolEqualityComparer.Default);
            var fromInner = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            bool changed = true;
            while (changed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                changed = false;
                foreach (KeyValuePair<INamedTypeSymbol, List<ProtocolMessage>> value in carriers)
                {
                    directions.TryGetValue(value.Key, out WireDirection direction);
                    bool inner = fromInner.Contains(value.Key);
                    foreach (ProtocolMessage carrier in value.Value)
                    {
                        MessageDirectionModel own = carrier.Direction;
                        INamedTypeSymbol carrierKey = carrier.Type.OriginalDefinition;
                        if (own.Source != DirectionSource.Containers)
                        {
                            direction |= own.Direction;
                            inner |= own.Source == DirectionSource.Inner;
                        }
                        else if (carriers.ContainsKey(carrierKey))
                        {
                            directions.TryGetValue(carrierKey, out WireDirection carried);
                            direction |= carried;
                            inner |= fromInner.Contains(carrierKey);
                        }
                        else
                        {
                            // A value nothing carries travels who knows how: both ways.
                            direction |= WireDirection.Both;
                        }
                    }

                    directions.TryGetValue(value.Key, out WireDirection before);
                    if (direction != before)
                    {
                        directions[value.Key] = direction;
                        changed = true;
                    }

                    if (inner && fromInner.Add(value.Key))
                    {
                        changed = true;
                    }
                }
            }

            foreach (INamedTypeSymbol value in carriers.Keys)
            {
                directions.TryGetValue(value, out WireDirection direction);
                _inherited[value] = MessageDirections.Inherit(direction, fromInner.Contains(value));
            }
        }
    }
}
