using System.Collections.Generic;
using System.Collections.Immutable;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// Which messages of one compilation contain themselves, found with Tarjan's strongly connected
    /// components over the "field carries message" graph. Each message's fields are read once and
    /// each component is computed once per compilation, whatever the order in which analyzers ask:
    /// a chain of n messages costs O(n), not O(n²) as a walk from every message would.
    /// </summary>
    internal sealed class MessageCycles
    {
        private readonly ProtocolSymbols symbols;
        private readonly object gate = new object();

        /// <summary>Every message already placed in a component, with that component.</summary>
        private readonly Dictionary<INamedTypeSymbol, Component> components = new Dictionary<INamedTypeSymbol, Component>(SymbolEqualityComparer.Default);

        public MessageCycles(ProtocolSymbols symbols) => this.symbols = symbols;

        /// <summary>
        /// The first field of <paramref name="message"/> through which it reaches itself, or null when it
        /// is not recursive. <paramref name="message"/> must be a message definition.
        /// </summary>
        public ProtocolField? FindRecursiveField(INamedTypeSymbol message)
        {
            lock (gate)
            {
                if (!components.TryGetValue(message, out Component? component))
                {
                    new Search(this).Run(message);
                    component = components[message];
                }

                if (!component.IsRecursive)
                {
                    return null;
                }

                foreach (ProtocolField field in symbols.GetFields(message))
                {
                    if (CarriedMessage(field) is { } target && components.TryGetValue(target, out Component? targetComponent) && targetComponent == component)
                    {
                        return field;
                    }
                }

                return null;
            }
        }

        private INamedTypeSymbol? CarriedMessage(ProtocolField field) =>
            symbols.TryGetMessage(FieldTypes.GetCarriedMessage(field), out ProtocolMessage carried) ? carried.Type.OriginalDefinition : null;

        private ImmutableArray<INamedTypeSymbol> Successors(INamedTypeSymbol message)
        {
            ImmutableArray<INamedTypeSymbol>.Builder successors = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (ProtocolField field in symbols.GetFields(message))
            {
                if (CarriedMessage(field) is { } target)
                {
                    successors.Add(target);
                }
            }

            return successors.ToImmutable();
        }

        /// <summary>A strongly connected component; recursive when it has more than one message or a message that carries itself.</summary>
        private sealed class Component
        {
            public bool IsRecursive { get; set; }
        }

        /// <summary>One iterative Tarjan search (no recursion: message graphs can be deep). Messages finished by earlier searches are skipped.</summary>
        private sealed class Search
        {
            private readonly MessageCycles owner;
            private readonly Dictionary<INamedTypeSymbol, int> index = new Dictionary<INamedTypeSymbol, int>(SymbolEqualityComparer.Default);
            private readonly Dictionary<INamedTypeSymbol, int> lowLink = new Dictionary<INamedTypeSymbol, int>(SymbolEqualityComparer.Default);
            private readonly Stack<INamedTypeSymbol> open = new Stack<INamedTypeSymbol>();
            private readonly HashSet<INamedTypeSymbol> onStack = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);

            public Search(MessageCycles owner) => this.owner = owner;

            public void Run(INamedTypeSymbol start)
            {
                var frames = new Stack<Frame>();
                frames.Push(Enter(start));
                while (frames.Count > 0)
                {
                    Frame frame = frames.Peek();
                    if (frame.Next < frame.Successors.Length)
                    {
                        INamedTypeSymbol successor = frame.Successors[frame.Next++];
                        if (owner.components.ContainsKey(successor))
                        {
                            continue;
                        }

                        if (!index.ContainsKey(successor))
                        {
                            frames.Push(Enter(successor));
                        }
                        else if (onStack.Contains(successor))
                        {
                            lowLink[frame.Message] = System.Math.Min(lowLink[frame.Message], index[successor]);
                        }

                        continue;
                    }

                    frames.Pop();
                    if (frames.Count > 0)
                    {
                        INamedTypeSymbol parent = frames.Peek().Message;
                        lowLink[parent] = System.Math.Min(lowLink[parent], lowLink[frame.Message]);
                    }

                    if (lowLink[frame.Message] == index[frame.Message])
                    {
                        Close(frame);
                    }
                }
            }

            private Frame Enter(INamedTypeSymbol message)
            {
                index[message] = index.Count;
                lowLink[message] = index[message];
                open.Push(message);
                onStack.Add(message);
                return new Frame(message, owner.Successors(message));
            }

            private void Close(Frame root)
            {
                var component = new Component();
                int size = 0;
                INamedTypeSymbol member;
                do
                {
                    member = open.Pop();
                    onStack.Remove(member);
                    owner.components[member] = component;
                    size++;
                }
                while (!SymbolEqualityComparer.Default.Equals(member, root.Message));

                component.IsRecursive = size > 1 || root.Successors.IndexOf(root.Message, 0, SymbolEqualityComparer.Default) >= 0;
            }
        }

        private sealed class Frame
        {
            public Frame(INamedTypeSymbol message, ImmutableArray<INamedTypeSymbol> successors)
            {
                Message = message;
                Successors = successors;
            }

            public INamedTypeSymbol Message { get; }

            public ImmutableArray<INamedTypeSymbol> Successors { get; }

            public int Next { get; set; }
        }
    }
}
