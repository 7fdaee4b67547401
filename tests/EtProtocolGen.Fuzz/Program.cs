using System;
using System.Collections.Generic;
using System.IO;
using EtProtocolGen.Fuzz.Targets;
using SharpFuzz;

namespace EtProtocolGen.Fuzz
{
    /// <summary>
    /// Commands:
    /// <c>list</c> prints the targets;
    /// <c>afl TARGET</c> runs TARGET under AFL++ (started by afl-fuzz through fuzz.sh, in persistent mode);
    /// <c>replay TARGET PATH...</c> runs TARGET once over files or folders and reports each violation (exit code 1 if any);
    /// <c>seeds DIRECTORY</c> writes every target's seed corpus to DIRECTORY/TARGET/seeds.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            CoverageMap.EnsureWritable();
            if (args.Length == 0)
            {
                return Usage();
            }

            switch (args[0])
            {
                case "list":
                    foreach (IFuzzTarget target in FuzzTargets.All)
                    {
                        Console.WriteLine(target.Name);
                    }

                    return 0;
                case "afl" when args.Length == 2:
                    RunUnderAfl(FuzzTargets.Find(args[1]));
                    return 0;
                case "replay" when args.Length >= 3:
                    return Replay(FuzzTargets.Find(args[1]), args[2..]);
                case "seeds" when args.Length == 2:
                    WriteSeeds(args[1]);
                    return 0;
                default:
                    return Usage();
            }
        }

        private static void RunUnderAfl(IFuzzTarget target)
        {
            // Warm up before AFL++ takes over: JIT compilation and one-time type initialisation happen here, not in
            // the first inputs AFL++ measures (they would count against the allocation budget and look like instability).
            foreach (KeyValuePair<string, byte[]> seed in target.Seeds())
            {
                target.Run(seed.Value);
            }

            Fuzzer.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            });
        }

        private static int Replay(IFuzzTarget target, string[] paths)
        {
            int failures = 0;
            int inputs = 0;
            foreach (string file in InputFiles.Enumerate(paths))
            {
                inputs++;
                try
                {
                    target.Run(File.ReadAllBytes(file));
                }
                catch (Exception exception)
                {
                    failures++;
                    Console.WriteLine("FAIL " + file);
                    Console.WriteLine(exception);
                }
            }

            Console.WriteLine(target.Name + ": " + inputs + " inputs, " + failures + " failures");
            return failures == 0 ? 0 : 1;
        }

        private static void WriteSeeds(string directory)
        {
            foreach (IFuzzTarget target in FuzzTargets.All)
            {
                string folder = Path.Combine(directory, target.Name, "seeds");
                Directory.CreateDirectory(folder);
                foreach (KeyValuePair<string, byte[]> seed in target.Seeds())
                {
                    File.WriteAllBytes(Path.Combine(folder, seed.Key + ".bin"), seed.Value);
                }
            }
        }

        private static int Usage()
        {
            Console.Error.WriteLine("usage: EtProtocolGen.Fuzz list | afl TARGET | replay TARGET PATH... | seeds DIRECTORY");
            return 2;
        }
    }
}
