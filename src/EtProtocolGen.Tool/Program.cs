using System;
using System.IO;
using EtProtocolGen.Tool;
using EtProtocolGen.Tool.Commands;

// etprotocolgen <command> [arguments]: exit 0 when all is well, 1 when the command found what it looks for (changes,
// stale files), 2 when the input cannot be read.
try
{
    return args.Length == 0 ? Usage(Console.Error, 2) : args[0] switch
    {
        "report" => ReportCommand.Run(Arguments.Parse(args, 1, "--output", "--title"), Console.Out),
        "diff" => DiffCommand.Run(Arguments.Parse(args, 1, "--against"), Console.Out),
        "manifest" => ManifestCommand.Run(Arguments.Parse(args, 1, "--project"), Console.Out),
        "export-proto" => ExportProtoCommand.Run(Arguments.Parse(args, 1, "--out"), Console.Out, Console.Error),
        "-h" or "--help" or "help" => Usage(Console.Out, 0),
        _ => throw new ToolException("unknown command '" + args[0] + "'"),
    };
}
catch (ToolException problem)
{
    Console.Error.WriteLine("etprotocolgen: " + problem.Message);
    return 2;
}

static int Usage(TextWriter output, int exitCode)
{
    output.WriteLine(
        """
        etprotocolgen: protocol review and .proto export for EtProtocolGen protocols (docs/review.md, docs/proto.md)

          etprotocolgen report <manifest>... [--title <text>] [--output <file.md>] [--check]
              The Markdown protocol reference and threat summary of one or more manifests (a protocol project and the
              server that handles it, for example). --check: exit 1 if <file.md> is not what report would write.
          etprotocolgen diff --against <old manifest> [<manifest>]
              Breaking and security-relevant changes from <old manifest> (a file, say Protocol.Shipped.txt taken from
              the main branch) to <manifest> (default: the current directory); exit 1 if there are any.
          etprotocolgen manifest <assembly.dll> [--project <dir>] [--ship] [--check]
              Brings <dir>'s manifest (default: the current directory) up to date with the compiled assembly, as the
              ETP0201 fix does: Protocol.Unshipped.txt gets every difference from Protocol.Shipped.txt. --ship writes the
              whole protocol into Protocol.Shipped.txt (a release). --check writes nothing; exit 1 if a file is out of date.

          etprotocolgen export-proto <assembly.dll or project> --out <dir> [--inner] [--check]
              Writes the compiled protocol as proto3 files (opcodes, limits and authorization as etp options) for clients
              in other languages. Client (outer) messages only; --inner also writes the server-to-server ones, into
              *_inner.proto. --check writes nothing; exit 1 if a file is out of date.

        A <manifest> is a project directory (its Protocol.Shipped.txt and Protocol.Unshipped.txt, read together) or one file.
        Exit codes: 0 nothing found, 1 changes or a stale file found, 2 unreadable input.
        """);
    return exitCode;
}
