using System.Collections.Generic;

namespace EtProtocolGen.Tool.Export
{
    /// <summary>What <c>export-proto</c> writes: proto3 files, and the names that would not come back unchanged from them.</summary>
    internal sealed class ProtoExport
    {
        public ProtoExport(IReadOnlyList<ExportFile> files, IReadOnlyList<string> warnings)
        {
            Files = files;
            Warnings = warnings;
        }

        public IReadOnlyList<ExportFile> Files { get; }

        /// <summary>Names protoc's C# generator (and EtProtocolGen's .proto input) would spell differently, one line each.</summary>
        public IReadOnlyList<string> Warnings { get; }
    }

    /// <summary>One proto3 file: the types of one C# namespace reachable from one scope's messages.</summary>
    internal sealed class ExportFile
    {
        public ExportFile(string path, string package, string csharpNamespace, bool isInner, IReadOnlyList<string> imports, ExportEnum? opcodes, IReadOnlyList<ExportEnum> enums, IReadOnlyList<ExportMessage> messages)
        {
            Path = path;
            Package = package;
            CSharpNamespace = csharpNamespace;
            IsInner = isInner;
            Imports = imports;
            Opcodes = opcodes;
            Enums = enums;
            Messages = messages;
        }

        /// <summary>Relative to the output directory, with '/' (<c>game/protocol.proto</c>): the path other files import it by.</summary>
        public string Path { get; }

        /// <summary>The proto package; empty for the global namespace.</summary>
        public string Package { get; }

        public string CSharpNamespace { get; }

        /// <summary>Holds inner (server-to-server) messages: written only on request.</summary>
        public bool IsInner { get; }

        /// <summary>Files this one imports, sorted.</summary>
        public IReadOnlyList<string> Imports { get; }

        /// <summary>An enum of the opcodes of this file's messages, for clients that frame messages themselves; null when none has one.</summary>
        public ExportEnum? Opcodes { get; }

        public IReadOnlyList<ExportEnum> Enums { get; }

        public IReadOnlyList<ExportMessage> Messages { get; }
    }

    internal sealed class ExportEnum
    {
        public ExportEnum(string name, IReadOnlyList<string> comments, IReadOnlyList<ExportEnumValue> values, bool allowAlias)
        {
            Name = name;
            Comments = comments;
            Values = values;
            AllowAlias = allowAlias;
        }

        public string Name { get; }

        /// <summary>Two members share a number (<c>option allow_alias = true;</c>).</summary>
        public bool AllowAlias { get; }

        public IReadOnlyList<string> Comments { get; }

        /// <summary>The value 0 first, as proto3 requires.</summary>
        public IReadOnlyList<ExportEnumValue> Values { get; }
    }

    internal sealed class ExportEnumValue
    {
        public ExportEnumValue(string name, long number, string? comment)
        {
            Name = name;
            Number = number;
            Comment = comment;
        }

        public string Name { get; }

        public long Number { get; }

        public string? Comment { get; }
    }

    internal sealed class ExportMessage
    {
        public ExportMessage(string name, IReadOnlyList<string> comments, IReadOnlyList<string> options, IReadOnlyList<ExportField> fields, IReadOnlyList<int> reservedNumbers, IReadOnlyList<string> reservedNames)
        {
            Name = name;
            Comments = comments;
            Options = options;
            Fields = fields;
            ReservedNumbers = reservedNumbers;
            ReservedNames = reservedNames;
        }

        public string Name { get; }

        public IReadOnlyList<string> Comments { get; }

        /// <summary>Message options as written after <c>option</c>: <c>(etp.opcode) = 10001</c>.</summary>
        public IReadOnlyList<string> Options { get; }

        /// <summary>By field number.</summary>
        public IReadOnlyList<ExportField> Fields { get; }

        public IReadOnlyList<int> ReservedNumbers { get; }

        public IReadOnlyList<string> ReservedNames { get; }
    }

    internal sealed class ExportField
    {
        public ExportField(string type, string name, int number, IReadOnlyList<string> options, IReadOnlyList<string> comments)
        {
            Type = type;
            Name = name;
            Number = number;
            Options = options;
            Comments = comments;
        }

        /// <summary>With its label: <c>string</c>, <c>optional int32</c>, <c>repeated ItemInfo</c>, <c>map&lt;int32, int64&gt;</c>.</summary>
        public string Type { get; }

        public string Name { get; }

        public int Number { get; }

        /// <summary>Field options as written between brackets: <c>(etp.max_length) = 32</c>.</summary>
        public IReadOnlyList<string> Options { get; }

        /// <summary>Written on the line before the field.</summary>
        public IReadOnlyList<string> Comments { get; }
    }
}
