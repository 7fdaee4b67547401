using System;
using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Dispatch.Planning
{
    /// <summary>
    /// One dispatcher to emit: its scope, its session type, the opcodes it routes and to which handler. Built from models
    /// only; decides grouping and naming so that the emitter only writes.
    /// </summary>
    internal sealed class DispatcherPlan
    {
        private DispatcherPlan(string className, DispatchScope scope, SessionModel session)
        {
            ClassName = className;
            Scope = scope;
            Session = session;
        }

        public string ClassName { get; }

        public DispatchScope Scope { get; }

        public SessionModel Session { get; }

        /// <summary>
        /// The dispatcher can be public: its session type and every handler class its constructor takes are public. An
        /// internal handler or session makes it internal, since a public member may not expose a less accessible type (CS0051).
        /// </summary>
        public bool IsPublic { get; private set; }

        /// <summary>The routed opcodes, ascending.</summary>
        public List<Route> Routes { get; } = new List<Route>();

        /// <summary>The handler classes the constructor takes, in parameter order: those it calls, in ordinal order of their names.</summary>
        public List<HandlerParameter> Parameters { get; } = new List<HandlerParameter>();

        /// <summary>Handlers found for this dispatcher that it does not call, with the reason.</summary>
        public List<(HandlerModel Handler, string Reason)> Skipped { get; } = new List<(HandlerModel, string)>();

        /// <summary>Known opcodes of the other scope: refused as out of scope rather than unknown.</summary>
        public List<DispatchMessageModel> OtherScopeMessages { get; } = new List<DispatchMessageModel>();

        /// <summary>Groups handlers into dispatchers: one per scope whose handlers all accept one session type, else one per session type.</summary>
        /// <param name="handlers">Every handler interface found in the compilation.</param>
        /// <param name="messages">The [Message] types declared in the compilation, to recognise other-scope opcodes.</param>
        /// <remarks>Handlers that cannot be called are listed in <see cref="Skipped"/> of the first dispatcher of their scope.</remarks>
        public static List<DispatcherPlan> Build(IEnumerable<HandlerModel> handlers, IEnumerable<DispatchMessageModel> messages)
        {
            var distinct = new List<HandlerModel>(new HashSet<HandlerModel>(handlers));
            distinct.Sort(static (a, b) =>
            {
                int order = a.Message.Opcode.CompareTo(b.Message.Opcode);
                order = order != 0 ? order : string.CompareOrdinal(a.HandlerTypeName, b.HandlerTypeName);
                return order != 0 ? order : string.CompareOrdinal(a.InterfaceName, b.InterfaceName);
            });

            var known = new Dictionary<ushort, DispatchMessageModel>();
            foreach (DispatchMessageModel message in messages)
            {
                known[message.Opcode] = message;
            }

            var plans = new List<DispatcherPlan>();
            var classNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (DispatchScope scope in new[] { DispatchScope.Outer, DispatchScope.Inner })
            {
                var inScope = new List<HandlerModel>();
                var unusable = new List<(HandlerModel, string)>();
                foreach (HandlerModel handler in distinct)
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
                SessionModel? common = FindCommonSession(inScope);
                if (common is not null)
                {
                    plans.Add(Create(UniqueClassName(scope, session: null, classNames), scope, common, inScope));
                    plans[first].Skipped.AddRange(unusable);
                    continue;
                }

                // Handlers of one scope take unrelated session types: one dispatcher per session type.
                var bySession = new SortedDictionary<string, List<HandlerModel>>(StringComparer.Ordinal);
                foreach (HandlerModel handler in inScope)
                {
                    if (!bySession.TryGetValue(handler.Session.TypeName, out List<HandlerModel>? group))
                    {
                        bySession.Add(handler.Session.TypeName, group = new List<HandlerModel>());
                    }

                    group.Add(handler);
                }

                foreach (List<HandlerModel> group in bySession.Values)
                {
                    plans.Add(Create(UniqueClassName(scope, group[0].Session, classNames), scope, group[0].Session, group));
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

        /// <summary>
        /// The class name, unique among the dispatchers (without case: it is also the file name). Session types of one simple
        /// name in two namespaces (Realm.PlayerSession, Gate.PlayerSession) get their namespace in the name.
        /// </summary>
        private static string UniqueClassName(DispatchScope scope, SessionModel? session, HashSet<string> used)
        {
            string name = scope + session?.Name + "Dispatcher";
            if (used.Add(name))
            {
                return name;
            }

            var qualified = new System.Text.StringBuilder(scope.ToString());
            foreach (char c in session!.TypeName.Replace("global::", ""))
            {
                qualified.Append(char.IsLetterOrDigit(c) ? c : '_');
            }

            string candidate = qualified + "Dispatcher";
            for (int number = 2; !used.Add(candidate); number++)
            {
                candidate = qualified + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Dispatcher";
            }

            return candidate;
        }

        private static SessionModel? FindCommonSession(List<HandlerModel> handlers)
        {
            var sessions = new List<SessionModel>();
            foreach (HandlerModel handler in handlers)
            {
                if (!sessions.Contains(handler.Session))
                {
                    sessions.Add(handler.Session);
                }
            }

            sessions.Sort(static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
            foreach (SessionModel candidate in sessions)
            {
                bool acceptedByAll = true;
                foreach (SessionModel other in sessions)
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

        private static DispatcherPlan Create(string className, DispatchScope scope, SessionModel session, List<HandlerModel> handlers)
        {
            var plan = new DispatcherPlan(className, scope, session) { IsPublic = session.IsPublic };
            var parameters = new Dictionary<string, HandlerParameter>(StringComparer.Ordinal);
            var usedParameterNames = new HashSet<string>(StringComparer.Ordinal);
            // Messages of different namespaces may share a simple name: only those get the opcode in their member names.
            var messagesByName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (HandlerModel handler in handlers)
            {
                if (!messagesByName.TryGetValue(handler.Message.Name, out HashSet<string>? typeNames))
                {
                    messagesByName.Add(handler.Message.Name, typeNames = new HashSet<string>(StringComparer.Ordinal));
                }

                typeNames.Add(handler.Message.TypeName);
            }

            var routed = new List<HandlerModel>(handlers.Count);
            foreach (HandlerModel handler in handlers)
            {
                if (routed.Count != 0 && routed[routed.Count - 1].Message.Opcode == handler.Message.Opcode)
                {
                    plan.Skipped.Add((handler, "another handler (" + routed[routed.Count - 1].HandlerTypeName + ") already handles opcode " + handler.Message.Opcode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    continue;
                }

                routed.Add(handler);
            }

            // The constructor takes the handler classes the dispatcher calls: a handler whose messages are all denied by
            // default never runs, so the host need not build it (adding [Authorize] or [AllowAnonymous] adds the parameter).
            var called = new List<HandlerModel>(routed.Count);
            foreach (HandlerModel handler in routed)
            {
                if (!EffectiveAuthorization.IsDeniedByDefault(handler.Message.Authorization, handler.Authorization))
                {
                    called.Add(handler);
                }
            }

            called.Sort(static (a, b) => string.CompareOrdinal(a.HandlerTypeName, b.HandlerTypeName));
            foreach (HandlerModel handler in called)
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
                plan.IsPublic &= handler.IsPublic;
            }

            foreach (HandlerModel handler in routed)
            {
                DispatchMessageModel message = handler.Message;
                string suffix = messagesByName[message.Name].Count > 1 ? "_" + message.Opcode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
                parameters.TryGetValue(handler.HandlerTypeName, out HandlerParameter? parameter);
                plan.Routes.Add(new Route(handler, "Dispatch" + message.Name + suffix, "_handle" + message.Name + suffix, EffectiveAuthorization.IsDeniedByDefault(handler.Message.Authorization, handler.Authorization) ? null : parameter));
            }

            return plan;
        }

        /// <summary>
        /// One routed opcode: the handler, the names of its dispatch method and handler field, and the constructor parameter
        /// the field is set from; no parameter (and no field) when the message is denied by default and the handler never runs.
        /// </summary>
        internal sealed record Route(HandlerModel Handler, string MethodName, string FieldName, HandlerParameter? Parameter);

        /// <summary>One constructor parameter: a handler class instance.</summary>
        internal sealed record HandlerParameter(string TypeName, string Name);
    }
}
