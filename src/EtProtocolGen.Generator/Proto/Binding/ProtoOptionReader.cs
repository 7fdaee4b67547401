using System.Collections.Generic;
using System.Globalization;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// The options EtProtocolGen reads (declared in the etprotocolgen.proto the package ships, package <c>etp</c>), one table
    /// for proto3's <c>[(etp.max_length) = 32]</c> and ET's <c>// [etp: max_length = 32]</c>. An unknown <c>etp</c> option,
    /// one at the wrong level and a value of the wrong kind are errors; other options (protoc's, other plugins') are not ours
    /// and are left alone.
    /// </summary>
    internal static class ProtoOptionReader
    {
        private const string Prefix = ProtoAnnotations.Package + ".";

        /// <summary>The file options; the package's proto/etprotocolgen.proto declares the same (a test compares them).</summary>
        public static readonly string[] FileOptionNames = { "default_scope" };

        /// <summary>The message options.</summary>
        public static readonly string[] MessageOptionNames =
        {
            "opcode", "scope", "kind", "response_type", "allow_anonymous", "authorize", "roles", "max_depth", "rate_limit", "max_concurrency", "direction",
        };

        /// <summary>The field options.</summary>
        public static readonly string[] FieldOptionNames = { "max_length", "min_length", "required", "range", "sensitive" };

        /// <summary>The C# namespace of a file's types: <c>csharp_namespace</c>, else the package (as written in ET's dialect, in PascalCase in proto3).</summary>
        public static string? FileNamespace(ProtoFileSyntax file, bool isEt)
        {
            foreach (ProtoOptionSyntax option in file.Options)
            {
                if (!option.IsExtension && option.Name == "csharp_namespace" && option.Value.Kind == ProtoValueKind.String)
                {
                    return option.Value.Text.Length == 0 ? null : option.Value.Text;
                }
            }

            if (file.Package is not { Length: > 0 } package)
            {
                return null;
            }

            return isEt ? package : ProtoNames.NamespaceOf(package);
        }

        /// <summary>The file's <c>(etp.default_scope)</c>: true for INNER; false when absent or OUTER.</summary>
        public static bool ReadFileDefaultScope(ProtoFileSyntax file, List<ProtoProblem> problems)
        {
            bool inner = false;
            foreach (ProtoOptionSyntax option in file.Options)
            {
                if (Ours(option, FileOptionNames, "a file", problems) is "default_scope" && ReadScope(option, problems) is bool value)
                {
                    inner = value;
                }
            }

            return inner;
        }

        /// <summary>A message's options and annotations.</summary>
        public static ProtoMessageSettings ReadMessage(ProtoMessageSyntax message, List<ProtoProblem> problems)
        {
            var settings = new ProtoMessageSettings();
            foreach (ProtoOptionSyntax option in message.Options)
            {
                switch (Ours(option, MessageOptionNames, "a message", problems))
                {
                    case "opcode":
                        settings.Opcode = ReadNumber(option, option.Value, 0, ushort.MaxValue, problems);
                        settings.OpcodeSpan = option.Span;
                        break;
                    case "scope":
                        settings.IsInner = ReadScope(option, problems) ?? settings.IsInner;
                        break;
                    case "kind":
                        if (ReadName(option, option.Value, problems, "MESSAGE", "REQUEST", "RESPONSE", "LOCATION_MESSAGE", "LOCATION_REQUEST") is int kind)
                        {
                            settings.Kind = (ProtoMessageKind)(kind + 1);
                            settings.KindSpan = option.Span;
                        }

                        break;
                    case "response_type":
                        if (ReadString(option, problems) is { } response)
                        {
                            settings.ResponseType = response;
                            settings.ResponseTypeSpan = option.Value.Span;
                        }

                        break;
                    case "allow_anonymous":
                        settings.AllowAnonymous = ReadBool(option, problems) ?? settings.AllowAnonymous;
                        settings.AuthorizationSpan = option.Span;
                        break;
                    case "authorize":
                        settings.Authorize = ReadBool(option, problems) ?? settings.Authorize;
                        settings.AuthorizationSpan = option.Span;
                        break;
                    case "roles":
                        settings.Roles = ReadString(option, problems) ?? settings.Roles;
                        settings.AuthorizationSpan = option.Span;
                        break;
                    case "direction":
                        if (ReadName(option, option.Value, problems, "BOTH", "CLIENT_TO_SERVER", "SERVER_TO_CLIENT") is int direction)
                        {
                            settings.Direction = direction switch
                            {
                                1 => Generator.Model.WireDirection.ClientToServer,
                                2 => Generator.Model.WireDirection.ServerToClient,
                                _ => Generator.Model.WireDirection.Both,
                            };
                            settings.DirectionSpan = option.Span;
                        }

                        break;
                    case "max_depth":
                        settings.MaxDepth = ReadNumber(option, option.Value, 1, RuntimeContract.Limits.MaxSupportedDepth, problems) ?? settings.MaxDepth;
                        break;
                    case "rate_limit":
                        if (ReadRateLimit(option, problems) is { } limit)
                        {
                            settings.RateLimits.Add(limit);
                        }

                        break;
                    case "max_concurrency":
                        settings.MaxConcurrency = ReadConcurrency(option, problems) ?? settings.MaxConcurrency;
                        break;
                }
            }

            if (settings.AllowAnonymous && (settings.Authorize || settings.Roles is not null))
            {
                problems.Add(ProtoProblem.Of(ProtoProblemKind.InvalidOption, settings.AuthorizationSpan, "(etp.allow_anonymous) with (etp.authorize) or (etp.roles)", "a message is either open to anonymous sessions or requires an authenticated one"));
            }

            return settings;
        }

        /// <summary>A field's options and annotations, as written; the binder checks them against the field's type.</summary>
        public static ProtoFieldSettings ReadField(ProtoFieldSyntax field, List<ProtoProblem> problems)
        {
            var settings = new ProtoFieldSettings();
            foreach (ProtoOptionSyntax option in field.Options)
            {
                switch (Ours(option, FieldOptionNames, "a field", problems))
                {
                    case "max_length":
                        settings.MaxLength = ReadNumber(option, option.Value, 1, int.MaxValue, problems);
                        settings.MaxLengthSpan = option.Span;
                        break;
                    case "min_length":
                        settings.MinLength = ReadNumber(option, option.Value, 1, int.MaxValue, problems);
                        settings.MinLengthSpan = option.Span;
                        break;
                    case "required":
                        settings.Required = ReadBool(option, problems) ?? settings.Required;
                        settings.RequiredSpan = option.Span;
                        break;
                    case "range":
                        settings.Range = ReadRange(option, problems);
                        settings.RangeSpan = option.Span;
                        break;
                    case "sensitive":
                        settings.Sensitive = ReadBool(option, problems) ?? settings.Sensitive;
                        break;
                }
            }

            return settings;
        }

        /// <summary>The name of an etp option after checking it is one of <paramref name="allowed"/>; null for every other option.</summary>
        private static string? Ours(ProtoOptionSyntax option, string[] allowed, string level, List<ProtoProblem> problems)
        {
            if (!option.IsExtension || !option.Name.StartsWith(Prefix, System.StringComparison.Ordinal))
            {
                return null;
            }

            string name = option.Name.Substring(Prefix.Length);
            if (option.SubField is not null)
            {
                problems.Add(Invalid(option, "set the whole value: (" + option.Name + ") = { ... }"));
                return null;
            }

            if (System.Array.IndexOf(allowed, name) >= 0)
            {
                return name;
            }

            string? owner = System.Array.IndexOf(MessageOptionNames, name) >= 0 ? "a message"
                : System.Array.IndexOf(FieldOptionNames, name) >= 0 ? "a field"
                : System.Array.IndexOf(FileOptionNames, name) >= 0 ? "a file"
                : null;
            problems.Add(Invalid(option, owner is null
                ? "EtProtocolGen has no such option (see etprotocolgen.proto)"
                : "it is an option of " + owner + ", not of " + level));
            return null;
        }

        private static bool? ReadScope(ProtoOptionSyntax option, List<ProtoProblem> problems) =>
            ReadName(option, option.Value, problems, "OUTER", "INNER") is int scope ? scope == 1 : null;

        private static ProtoRateLimit? ReadRateLimit(ProtoOptionSyntax option, List<ProtoProblem> problems)
        {
            if (!IsAggregate(option, option.Value, "{ permits: 5 per_seconds: 60 per: CONNECTION }", problems))
            {
                return null;
            }

            int? permits = null;
            int? perSeconds = null;
            int per = 0;
            foreach (ProtoAggregateEntry entry in option.Value.Entries)
            {
                switch (entry.Name)
                {
                    case "permits":
                        permits = ReadNumber(option, entry.Value, 1, RuntimeContract.RateLimits.MaxPermits, problems);
                        break;
                    case "per_seconds":
                        perSeconds = ReadNumber(option, entry.Value, 1, RuntimeContract.RateLimits.MaxPerSeconds, problems);
                        break;
                    case "per":
                        per |= ReadPartition(option, entry.Value, problems);
                        break;
                    default:
                        problems.Add(Invalid(option, "a rate limit has permits, per_seconds and per, not '" + entry.Name + "'"));
                        break;
                }
            }

            if (permits is null || perSeconds is null)
            {
                problems.Add(Invalid(option, "a rate limit needs permits and per_seconds"));
                return null;
            }

            return new ProtoRateLimit(permits.Value, perSeconds.Value, per == 0 ? RuntimeContract.RateLimits.DefaultRatePartitions : per);
        }

        private static ProtoConcurrency? ReadConcurrency(ProtoOptionSyntax option, List<ProtoProblem> problems)
        {
            if (!IsAggregate(option, option.Value, "{ limit: 4 per: GLOBAL }", problems))
            {
                return null;
            }

            int? limit = null;
            int per = 0;
            foreach (ProtoAggregateEntry entry in option.Value.Entries)
            {
                switch (entry.Name)
                {
                    case "limit":
                        limit = ReadNumber(option, entry.Value, 1, RuntimeContract.RateLimits.MaxConcurrency, problems);
                        break;
                    case "per":
                        per |= ReadPartition(option, entry.Value, problems);
                        break;
                    default:
                        problems.Add(Invalid(option, "a concurrency limit has limit and per, not '" + entry.Name + "'"));
                        break;
                }
            }

            if (limit is null)
            {
                problems.Add(Invalid(option, "a concurrency limit needs limit"));
                return null;
            }

            return new ProtoConcurrency(limit.Value, per == 0 ? RuntimeContract.RateLimits.DefaultConcurrencyPartitions : per);
        }

        private static ProtoRangeOption? ReadRange(ProtoOptionSyntax option, List<ProtoProblem> problems)
        {
            if (!IsAggregate(option, option.Value, "{ min: 1 max: 10 }", problems))
            {
                return null;
            }

            ProtoValue? min = null;
            ProtoValue? max = null;
            foreach (ProtoAggregateEntry entry in option.Value.Entries)
            {
                if (entry.Name == "min" && entry.Value.Kind is ProtoValueKind.Integer or ProtoValueKind.Float)
                {
                    min = entry.Value;
                }
                else if (entry.Name == "max" && entry.Value.Kind is ProtoValueKind.Integer or ProtoValueKind.Float)
                {
                    max = entry.Value;
                }
                else
                {
                    problems.Add(Invalid(option, "a range has a number min and a number max"));
                    return null;
                }
            }

            if (min is null || max is null)
            {
                problems.Add(Invalid(option, "a range needs both min and max"));
                return null;
            }

            return new ProtoRangeOption(min.Text, max.Text, min.Kind == ProtoValueKind.Float || max.Kind == ProtoValueKind.Float);
        }

        /// <summary>The flag of <see cref="RuntimeContract.RateLimitPartition"/> a name stands for: the names in flag order, Connection = 1 up to Global = 8.</summary>
        private static int ReadPartition(ProtoOptionSyntax option, ProtoValue value, List<ProtoProblem> problems) =>
            ReadName(option, value, problems, "CONNECTION", "REMOTE_ADDRESS", "ACCOUNT", "GLOBAL") is int index ? 1 << index : 0;

        private static bool IsAggregate(ProtoOptionSyntax option, ProtoValue value, string example, List<ProtoProblem> problems)
        {
            if (value.Kind == ProtoValueKind.Aggregate)
            {
                return true;
            }

            problems.Add(Invalid(option, "its value is a message: " + example));
            return false;
        }

        private static int? ReadNumber(ProtoOptionSyntax option, ProtoValue value, long min, long max, List<ProtoProblem> problems)
        {
            if (value.Kind == ProtoValueKind.Integer && long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
                && number >= min && number <= max)
            {
                return (int)number;
            }

            problems.Add(Invalid(option, "it takes a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        private static bool? ReadBool(ProtoOptionSyntax option, List<ProtoProblem> problems)
        {
            if (option.Value.Kind == ProtoValueKind.Identifier && option.Value.Text is "true" or "false")
            {
                return option.Value.Text == "true";
            }

            problems.Add(Invalid(option, "it takes true or false"));
            return null;
        }

        private static string? ReadString(ProtoOptionSyntax option, List<ProtoProblem> problems)
        {
            if (option.Value.Kind == ProtoValueKind.String)
            {
                return option.Value.Text;
            }

            problems.Add(Invalid(option, "it takes a quoted string"));
            return null;
        }

        /// <summary>The index of the enum value <paramref name="value"/> names among <paramref name="names"/>, or null with an error.</summary>
        private static int? ReadName(ProtoOptionSyntax option, ProtoValue value, List<ProtoProblem> problems, params string[] names)
        {
            int index = value.Kind == ProtoValueKind.Identifier ? System.Array.IndexOf(names, value.Text) : -1;
            if (index >= 0)
            {
                return index;
            }

            problems.Add(Invalid(option, "it takes one of " + string.Join(", ", names)));
            return null;
        }

        private static ProtoProblem Invalid(ProtoOptionSyntax option, string why) =>
            ProtoProblem.Of(ProtoProblemKind.InvalidOption, option.Span, "(" + option.Name + (option.SubField is null ? ")" : ")." + option.SubField), why);
    }
}
