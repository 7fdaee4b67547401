using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace EtProtocolGen.CodeSize
{
    /// <summary>The compiled protocol of one library: assembly, portable PDB and which generator wrote which file.</summary>
    public sealed class CompiledProtocol
    {
        private readonly byte[] _assembly;
        private readonly byte[] _pdb;
        private readonly IReadOnlyDictionary<string, string> _generatorOfFile;

        public CompiledProtocol(Flavor flavor, int messageCount, byte[] assembly, byte[] pdb, IReadOnlyDictionary<string, string> generatorOfFile)
        {
            Flavor = flavor;
            MessageCount = messageCount;
            _assembly = assembly;
            _pdb = pdb;
            _generatorOfFile = generatorOfFile;
        }

        public Flavor Flavor { get; }

        public int MessageCount { get; }

        /// <summary>
        /// Every method body of the assembly with its IL size, its declaring top-level type and, when its sequence points
        /// lie in a generated file, the generator that wrote it (null: the user's code). A method without sequence points
        /// (compiler-synthesized, such as a lambda cache's constructor) belongs to whoever wrote the other methods of its
        /// declaring type, or is counted as the user's when that is mixed.
        /// </summary>
        public IReadOnlyList<MethodSize> Methods()
        {
            using var peReader = new PEReader(new MemoryStream(_assembly));
            using MetadataReaderProvider pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(_pdb));
            MetadataReader metadata = peReader.GetMetadataReader();
            MetadataReader pdb = pdbProvider.GetMetadataReader();

            var methods = new List<MethodSize>();
            var unattributed = new List<(MethodDefinitionHandle Handle, int Size)>();
            var writersOfType = new Dictionary<TypeDefinitionHandle, HashSet<string>>();
            foreach (MethodDefinitionHandle handle in metadata.MethodDefinitions)
            {
                MethodDefinition method = metadata.GetMethodDefinition(handle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue; // abstract or extern: no body
                }

                int size = peReader.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!.Length;
                string? writer = WriterOf(pdb, handle, out bool hasSequencePoints);
                if (!hasSequencePoints)
                {
                    unattributed.Add((handle, size));
                    continue;
                }

                TypeDefinitionHandle type = method.GetDeclaringType();
                if (!writersOfType.TryGetValue(type, out HashSet<string>? writers))
                {
                    writersOfType[type] = writers = new HashSet<string>(StringComparer.Ordinal);
                }

                writers.Add(writer ?? string.Empty);
                methods.Add(new MethodSize(TopLevelTypeName(metadata, type), metadata.GetString(method.Name), size, writer));
            }

            foreach ((MethodDefinitionHandle handle, int size) in unattributed)
            {
                TypeDefinitionHandle type = metadata.GetMethodDefinition(handle).GetDeclaringType();
                string? writer = writersOfType.TryGetValue(type, out HashSet<string>? writers) && writers.Count == 1 && !writers.Contains(string.Empty)
                    ? FirstOf(writers)
                    : null;
                methods.Add(new MethodSize(TopLevelTypeName(metadata, type), metadata.GetString(metadata.GetMethodDefinition(handle).Name), size, writer));
            }

            return methods;
        }

        private string? WriterOf(MetadataReader pdb, MethodDefinitionHandle method, out bool hasSequencePoints)
        {
            hasSequencePoints = false;
            MethodDebugInformation debug = pdb.GetMethodDebugInformation(method.ToDebugInformationHandle());
            if (debug.SequencePointsBlob.IsNil)
            {
                return null;
            }

            foreach (SequencePoint point in debug.GetSequencePoints())
            {
                hasSequencePoints = true;
                string path = pdb.GetString(pdb.GetDocument(point.Document).Name);
                if (_generatorOfFile.TryGetValue(path, out string? generator))
                {
                    return generator;
                }
            }

            return null;
        }

        private static string TopLevelTypeName(MetadataReader metadata, TypeDefinitionHandle handle)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            while (type.IsNested)
            {
                type = metadata.GetTypeDefinition(type.GetDeclaringType());
            }

            return metadata.GetString(type.Name);
        }

        private static string FirstOf(HashSet<string> set)
        {
            foreach (string item in set)
            {
                return item;
            }

            throw new InvalidOperationException("empty set");
        }
    }

    /// <summary>One method body: its top-level type, name, IL bytes and generator (null: the user's code).</summary>
    public sealed record MethodSize(string TopLevelType, string Name, int ILBytes, string? Generator);
}
