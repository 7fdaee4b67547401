using System;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>The words of the manifest format, in one place for the writer and the reader.</summary>
    internal static class ManifestText
    {
        public const string Assembly = "assembly";
        public const string Message = "message";
        public const string Handler = "handler";
        public const string Limits = "limits";
        public const string ReservedOpcode = "reserved-opcode";
        public const string Field = "field";
        public const string Reserved = "reserved";
        public const string ReservedName = "reserved-name";
        public const string Optional = "optional";
        public const string Repeated = "repeated";
        public const string Packed = "packed";
        public const string Required = "required";
        public const string Sensitive = "sensitive";
        public const string ValidationHook = "validate-hook";
        public const string Struct = "struct";
        public const string DefaultSuffix = "(default)";
        public const string None = "none";

        /// <summary>On a handler line: the rate limit dispatch gives a request anonymous sessions may send that declares none per source.</summary>
        public const string AnonymousRateLimit = "anonymous-rate-limit";

        /// <summary>Marks a line of Protocol.Shipped.txt that Protocol.Unshipped.txt takes back, as PublicApiAnalyzers does.</summary>
        public const string RemovedPrefix = "*REMOVED*";

        /// <summary>Starts a comment line, ignored by the reader.</summary>
        public const char Comment = '#';

        public static string Name(ProtoType type) => type switch
        {
            ProtoType.Int32 => "int32",
            ProtoType.SInt32 => "sint32",
            ProtoType.SFixed32 => "sfixed32",
            ProtoType.UInt32 => "uint32",
            ProtoType.Fixed32 => "fixed32",
            ProtoType.Int64 => "int64",
            ProtoType.SInt64 => "sint64",
            ProtoType.SFixed64 => "sfixed64",
            ProtoType.UInt64 => "uint64",
            ProtoType.Fixed64 => "fixed64",
            ProtoType.Bool => "bool",
            ProtoType.Float => "float",
            ProtoType.Double => "double",
            ProtoType.Enum => "enum",
            ProtoType.String => "string",
            ProtoType.Bytes => "bytes",
            _ => "message",
        };

        public static bool TryParseProtoType(string text, out ProtoType type)
        {
            foreach (ProtoType candidate in (ProtoType[])Enum.GetValues(typeof(ProtoType)))
            {
                if (Name(candidate) == text)
                {
                    type = candidate;
                    return true;
                }
            }

            type = default;
            return false;
        }

        public static string Name(ManifestWireType wireType) => wireType switch
        {
            ManifestWireType.Varint => "varint",
            ManifestWireType.I32 => "i32",
            ManifestWireType.I64 => "i64",
            _ => "len",
        };

        public static string Name(ManifestScope scope) => scope == ManifestScope.Inner ? "inner" : "outer";

        /// <summary>An outer message's direction on its line: client-to-server, server-to-client or both.</summary>
        public static string Name(WireDirection direction) => direction switch
        {
            WireDirection.ClientToServer => "client-to-server",
            WireDirection.ServerToClient => "server-to-client",
            _ => "both",
        };

        /// <summary>The direction <paramref name="text"/> names; false for anything else.</summary>
        public static bool TryDirection(string text, out WireDirection direction)
        {
            foreach (WireDirection candidate in new[] { WireDirection.ClientToServer, WireDirection.ServerToClient, WireDirection.Both })
            {
                if (text == Name(candidate))
                {
                    direction = candidate;
                    return true;
                }
            }

            direction = WireDirection.None;
            return false;
        }

        public static string Name(MessageKind kind) => kind switch
        {
            MessageKind.Request => "request",
            MessageKind.Response => "response",
            _ => "one-way",
        };
    }
}
