using System.Globalization;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Model;

namespace EtProtocolGen.Generator.Proto.Emit
{
    /// <summary>Writes a .proto enum as a C# enum (an <c>int</c>, as protobuf's enums are).</summary>
    internal static class ProtoEnumEmitter
    {
        public static string Emit(ProtoEnumModel model)
        {
            var writer = new IndentedTextWriter();
            ProtoSourceWriter.WriteHeader(writer, model.Location.Path, "enum " + model.Name);
            int blocks = ProtoSourceWriter.Open(writer, model.Namespace, model.Containers);
            ProtoSourceWriter.WriteDocumentation(writer, model.Documentation);
            ProtoSourceWriter.WriteMapped(writer, model.Location, "public enum " + model.Name);
            writer.OpenBlock();
            foreach (ProtoEnumValueModel value in model.Values)
            {
                ProtoSourceWriter.WriteDocumentation(writer, value.Documentation);
                ProtoSourceWriter.WriteMapped(writer, value.Location, value.Identifier + " = " + value.Number.ToString(CultureInfo.InvariantCulture) + ",");
            }

            writer.CloseBlock();
            ProtoSourceWriter.Close(writer, blocks);
            return writer.ToString();
        }
    }
}
