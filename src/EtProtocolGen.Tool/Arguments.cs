using System;
using System.Collections.Generic;

namespace EtProtocolGen.Tool
{
    /// <summary>A command's arguments: positional values, <c>--name value</c> options and <c>--flag</c> switches.</summary>
    internal sealed class Arguments
    {
        private readonly Dictionary<string, string> options = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> flags = new HashSet<string>(StringComparer.Ordinal);

        private Arguments()
        {
        }

        public List<string> Positional { get; } = new List<string>();

        /// <summary>Reads <paramref name="args"/> from <paramref name="start"/>; <paramref name="valueOptions"/> take a value, any other <c>--word</c> is a flag.</summary>
        public static Arguments Parse(string[] args, int start, params string[] valueOptions)
        {
            var parsed = new Arguments();
            for (int i = start; i < args.Length; i++)
            {
                string arg = args[i];
                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    parsed.Positional.Add(arg);
                }
                else if (Array.IndexOf(valueOptions, arg) >= 0)
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new ToolException(arg + " needs a value");
                    }

                    parsed.options[arg] = args[++i];
                }
                else
                {
                    parsed.flags.Add(arg);
                }
            }

            return parsed;
        }

        public string? Option(string name) => options.TryGetValue(name, out string? value) ? value : null;

        public bool Flag(string name) => flags.Contains(name);

        /// <summary>Fails on a flag the command does not know.</summary>
        public void AllowFlags(params string[] known)
        {
            foreach (string flag in flags)
            {
                if (Array.IndexOf(known, flag) < 0)
                {
                    throw new ToolException("unknown option " + flag);
                }
            }
        }
    }
}
