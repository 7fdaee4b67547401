using System.Threading;
using EtProtocolGen.Generator.Emit;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Proto.Model;

namespace EtProtocolGen.Generator.Proto.Emit
{
    /// <summary>
    /// Writes one .proto message as one file: the partial class a user would declare (attributes, interfaces, properties,
    /// each mapped to its line of the .proto file) with the serializer's members, written by the same
    /// <see cref="MessageEmitter"/> as for a hand-written message, in its body.
    /// </summary>
    internal static class ProtoMessageEmitter
    {
        public static string Emit(ProtoMessageModel message, LimitsModel limits, CancellationToken cancellationToken)
        {
            MessageModel serializer = message.Serializer;
            ProtoDeclarationModel declaration = message.Declaration;
            var writer = new IndentedTextWriter();
            ProtoSourceWriter.WriteHeader(writer, declaration.Location.Path, "message " + serializer.Name);
            int blocks = ProtoSourceWriter.Open(writer, serializer.Namespace, message.Containers);

            ProtoSourceWriter.WriteDocumentation(writer, declaration.Documentation);
            ProtoSourceWriter.WriteMapped(writer, declaration.Location, "[" + string.Join(", ", declaration.Attributes) + "]");
            string interfaces = string.Join(", ", declaration.Interfaces);
            string serializerInterfaces = MessageEmitter.Interfaces(serializer);
            interfaces = interfaces.Length == 0 ? serializerInterfaces : interfaces + ", " + serializerInterfaces;
            ProtoSourceWriter.WriteMapped(writer, declaration.Location, "public partial class " + serializer.Name + " : " + interfaces);
            writer.OpenBlock();
            foreach (ProtoPropertyModel property in declaration.Properties)
            {
                ProtoSourceWriter.WriteDocumentation(writer, property.Documentation);
                string line = "[" + string.Join(", ", property.Attributes) + "] public " + property.TypeName + " " + property.Identifier + " { get; set; }"
                    + (property.Initializer is null ? "" : " = " + property.Initializer + ";");
                ProtoSourceWriter.WriteMapped(writer, property.Location, line);
                writer.WriteLine();
            }

            cancellationToken.ThrowIfCancellationRequested();
            MessageEmitter.EmitMembers(writer, serializer, limits, cancellationToken);
            writer.CloseBlock();
            ProtoSourceWriter.Close(writer, blocks);
            return writer.ToString();
        }
    }
}
