using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// What dispatch needs of a .proto message with an opcode: the <see cref="DispatchMessageModel"/> the dispatch parser would
    /// read from the generated declaration's attributes. The dispatch generator cannot see that declaration (generators do not
    /// see each other's output), so it takes this model instead; both are written from the same bound values.
    /// </summary>
    internal sealed partial class ProtoBinder
    {
        private DispatchMessageModel? CreateDispatch(BoundMessage message)
        {
            if (message.Opcode is not ushort opcode)
            {
                return null;
            }

            ProtoMessageSettings settings = message.Settings;
            string name = message.Entry.Name;
            bool isRequest = EtInterfaces.IsRequest(message.Kind);
            bool responseIsResponse = message.ResponseEntry is { } responseEntry
                ? _messages.TryGetValue(responseEntry, out BoundMessage? response) && response.Kind == ProtoMessageKind.Response
                : message.ResponseExternal?.IsResponse == true;

            return new DispatchMessageModel(
                opcode,
                message.Entry.TypeName,
                name,
                message.IsInner ? DispatchScope.Inner : DispatchScope.Outer,
                MessageDirections.Resolve(message.IsInner, settings.Direction, name, message.Kind == ProtoMessageKind.Response, isValueOnly: false).Direction,
                Authorization(settings),
                message.ResponseTypeName,
                isRequest,
                message.Kind == ProtoMessageKind.Response,
                responseIsResponse,
                ValidatedMembers(message),
                _externals.FindPartial(message.Entry.MetadataName)?.ImplementsOnValidate == true,
                IsPublic: true,

                // A C# response's accessibility is not looked up: its typed call is internal, which compiles either way.
                ResponseIsPublic: message.ResponseEntry is not null,
                Limits(settings, name),
                isRequest ? RpcIdField(message) : null);
        }

        /// <summary>As the attributes <see cref="MessageAttributes"/> writes read back: [AllowAnonymous] wins over roles over [Authorize].</summary>
        private static AuthorizationModel Authorization(ProtoMessageSettings settings)
        {
            if (settings.AllowAnonymous)
            {
                return new AuthorizationModel(true, false, EquatableArray<string>.Empty);
            }

            if (settings.Roles is { } roles)
            {
                return new AuthorizationModel(false, true, AuthorizationModel.ParseRoles(roles));
            }

            return settings.Authorize ? new AuthorizationModel(false, true, EquatableArray<string>.Empty) : AuthorizationModel.None;
        }

        private static DeclaredLimitsModel Limits(ProtoMessageSettings settings, string declaredOn)
        {
            if (settings.RateLimits.Count == 0 && settings.MaxConcurrency is null)
            {
                return DeclaredLimitsModel.None;
            }

            var rates = new List<RateLimitModel>();
            foreach (ProtoRateLimit limit in settings.RateLimits)
            {
                rates.Add(new RateLimitModel(limit.Permits, limit.PerSeconds, limit.Per, declaredOn, null));
            }

            ConcurrencyLimitModel? concurrency = settings.MaxConcurrency is { } max ? new ConcurrencyLimitModel(max.Limit, max.Per, declaredOn) : null;
            return new DeclaredLimitsModel(new EquatableArray<RateLimitModel>(rates.ToArray()), concurrency);
        }

        /// <summary>The checks the generated <c>Validate()</c> makes, as the dispatch parser describes them (<c>[Range(1, 10)] Level</c>), by field number.</summary>
        private static EquatableArray<string> ValidatedMembers(BoundMessage message)
        {
            var fields = new List<BoundField>(message.Fields);
            fields.Sort(static (left, right) => left.Syntax.Number.CompareTo(right.Syntax.Number));
            var texts = new List<string>();
            foreach (BoundField field in fields)
            {
                if (field.Validation.Count == 0)
                {
                    continue;
                }

                var rules = new List<string>();
                foreach (ValidationModel rule in field.Validation)
                {
                    rules.Add(rule.Declaration);
                }

                texts.Add("[" + string.Join(", ", rules) + "] " + field.Name);
            }

            return new EquatableArray<string>(texts.ToArray());
        }

        private static RpcIdFieldModel? RpcIdField(BoundMessage message)
        {
            foreach (BoundField field in message.Fields)
            {
                if (field.Name == "RpcId")
                {
                    return RpcIdFieldModel.Of(field.Syntax.Number, field.Value.Encoding);
                }
            }

            return null;
        }
    }
}
