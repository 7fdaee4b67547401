using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Dispatch
{
    /// <summary>
    /// One dispatcher to emit: its scope, its session type, the opcodes it routes and to which handler. Built from models
    /// only; decides grouping and naming so that the emitter only writes.
    /// </summary>
    internal sealed class DispatcherPlan
    {
        private DispatcherPlan(string className, DispatchScope scope, SessionInfo session)
        {
            ClassName = className;
            Scope = scope;
            Session = session;
        }

        public string ClassName { get; }

        public DispatchScope Scope { get; }

        public SessionInfo Session { get; }

        /// <summary>The routed opcodes, ascending.</summary>
        public List<Route> Routes { get; } = new List<Route>();

        /// <summary>The handler classes the constructor takes, in parameter order.</summary>
        public List<HandlerParameter> Parameters { get; } = new List<HandlerParameter>();

        /// <summary>Handlers found for this dispatcher that it does not call, with the reason.</summary>
        public List<(HandlerInfo Handler, string Reason)> Skipped { get; } = new List<(HandlerInfo, string)>();

        /// <summary>Known opcodes of the other scope: refused as out of scope rather than unknown.</summary>
        public List<MessageInfo> OtherScopeMessages { get; } = new List<MessageInfo>();

        /// <summary>Groups handlers into dispatchers: one per scope whose handlers all accept one session type, else one per session type.</summary>
        /// <param name="handlers">Every handler interface found in the compilation.</param>
        /// <param name="messages">The [Message] types declared in the compilation, to recognise other-scope opcodes.</param>
        /// <remarks>Handlers that cannot be called are listed in <see cref="Skipped"/> of the first dispatcher of their scope.</remarks>
        public static List<DispatcherPlan> Build(IEnumerable<HandlerInfo> handlers, IEnumerable<MessageInfo> messages)
        {
            var distinct = new List<HandlerInfo>(new HashSet<HandlerInfo>(handlers));
            distinct.Sort(static (a, b) =>
            {
                int order = a.Message.Opcode.CompareTo(b.Message.Opcode);
                order = order != 0 ? order : string.CompareOrdinal(a.HandlerTypeName, b.HandlerTypeName);
                return order != 0 ? order : string.CompareOrdinal(a.InterfaceName, b.InterfaceName);
            });

            var known = new Dictionary<ushort, MessageInfo>();
            foreach (MessageInfo message in messages)
            {
                known[message.Opcode] = message;
            }

            var plans = new List<DispatcherPlan>();
            foreach (DispatchScope scope in new[] { DispatchScope.Outer, DispatchScope.Inner })
            {
                var inScope = new List<HandlerInfo>();
                var unusable = new List<(HandlerInfo, string)>();
                foreach (HandlerInfo handler in distinct)
                {
                    known[handler.Message.Opcode] = handler.Message;
                    if (handler.Message.Scope != scope)
                    {
                        continue;
                    }

                    if (handler.SkipReason is not null)
                    {
                        unusable.Add((handler, handler.SkipReason));
                    }
                    else
                    {
                        inScope.Add(handler);
                    }
                }

                if (inScope.Count == 0)
                {
                    continue;
                }

                int first = plans.Count;
                SessionInfo? common = FindCommonSession(inScope);
                if (common is not null)
                {
                    plans.Add(Create(scope.ToString() + "Dispatcher", scope, common, inScope));
                    plans[first].Skipped.AddRange(unusable);
                    continue;
                }

                // Handlers of one scope take unrelated session types: one dispatcher per session type.
                var bySession = new SortedDictionary<string, List<HandlerInfo>>(StringComparer.Ordinal);
                foreach (HandlerInfo handler in inScope)
                {
                    if (!bySession.TryGetValue(handler.Session.TypeName, out List<HandlerInfo>? group))
                    {
                        bySession.Add(handler.Session.TypeName, group = new List<HandlerInfo>());
                    }

                    group.Add(handler);
                }

                foreach (List<HandlerInfo> group in bySession.Values)
                {
                    plans.Add(Create(scope.ToString() + group[0].Session.Name + "Dispatcher", scope, group[0].Session, group));
                }

                plans[first].Skipped.AddRange(unusable);
            }

            foreach (DispatcherPlan plan in plans)
            {
                var routed = new HashSet<ushort>();
                foreach (Route route in plan.Routes)
                {
                    routed.Add(route.Handler.Message.Opcode);
                }

                var others = new List<ushort>(known.Keys);
                others.Sort();
                foreach (ushort opcode in others)
                {
                    if (known[opcode].Scope != plan.Scope && !routed.Contains(opcode))
                    {
                        plan.OtherScopeMessages.Add(known[opcode]);
                    }
                }
            }

            return plans;
        }

        private static SessionInfo? FindCommonSession(List<HandlerInfo> handlers)
        {
            var sessions = new List<SessionInfo>();
            foreach (HandlerInfo handler in handlers)
            {
                if (!sessions.Contains(handler.Session))
                {
                    sessions.Add(handler.Session);
                }
            }

            sessions.Sort(static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
            foreach (SessionInfo candidate in sessions)
            {
                bool acceptedByAll = true;
                foreach (SessionInfo other in sessions)
                {
                    if (!System.Linq.Enumerable.Contains(candidate.AssignableTo, other.TypeName))
                    {
                        acceptedByAll = false;
                        break;
                    }
                }

                if (acceptedByAll)
                {
                    return candidate;
                }
            }

            return null;
        }

        private static DispatcherPlan Create(string className, DispatchScope scope, SessionInfo session, List<HandlerInfo> handlers)
        {
            var plan = new DispatcherPlan(className, scope, session);
            var parameters = new Dictionary<string, HandlerParameter>(StringComparer.Ordinal);
            var usedParameterNames = new HashSet<string>(StringComparer.Ordinal);
            // Messages of different namespaces may share a simple name: only those get the opcode in their member names.
            var messagesByName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (HandlerInfo handler in handlers)
            {
                if (!messagesByName.TryGetValue(handler.Message.Name, out HashSet<string>? typeNames))
                {
                    messagesByName.Add(handler.Message.Name, typeNames = new HashSet<string>(StringComparer.Ordinal));
                }

                typeNames.Add(handler.Message.TypeName);
            }

            var sortedClasses = new List<HandlerInfo>(handlers);
            sortedClasses.Sort(static (a, b) => string.CompareOrdinal(a.HandlerTypeName, b.HandlerTypeName));
            foreach (HandlerInfo handler in sortedClasses)
            {
                if (parameters.ContainsKey(handler.HandlerTypeName))
                {
                    continue;
                }

                string name = char.ToLowerInvariant(handler.HandlerName[0]) + handler.HandlerName.Substring(1);
                string unique = name;
                for (int i = 2; !usedParameterNames.Add(unique); i++)
                {
                    unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var parameter = new HandlerParameter(handler.HandlerTypeName, SyntaxFacts.GetKeywordKind(unique) == SyntaxKind.None ? unique : "@" + unique);
                parameters.Add(handler.HandlerTypeName, parameter);
                plan.Parameters.Add(parameter);
            }

            foreach (HandlerInfo handler in handlers)
            {
                MessageInfo message = handler.Message;
                if (plan.Routes.Count != 0 && plan.Routes[plan.Routes.Count - 1].Handler.Message.Opcode == message.Opcode)
                {
                    plan.Skipped.Add((handler, "another handler (" + plan.Routes[plan.Routes.Count - 1].Handler.HandlerTypeName + ") already handles opcode " + message.Opcode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    continue;
                }

                string suffix = messagesByName[message.Name].Count > 1 ? "_" + message.Opcode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
                plan.Routes.Add(new Route(handler, "Dispatch" + message.Name + suffix, "_handle" + message.Name + suffix, parameters[handler.HandlerTypeName].Name));
            }

            return plan;
        }

        /// <summary>One routed opcode: the handler, and the names of its dispatch method and handler field.</summary>
        internal sealed record Route(HandlerInfo Handler, string MethodName, string FieldName, string ParameterName);

        /// <summary>One constructor parameter: a handler class instance.</summary>
        internal sealed record HandlerParameter(string TypeName, string Name);
    }
}
