using System.Globalization;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Model;

namespace EtProtocolGen.Generator.Proto.Emit
{
    /// <summary>
    /// Writes the constants class ET's Proto2CS writes for an ET-dialect file (<c>OuterMessage.C2R_Login</c>), so that ET code
    /// naming opcodes this way keeps compiling. Each constant equals the message's own <c>Opcode</c>.
    /// </summary>
    internal static class EtOpcodesEmitter
    {
        public static string Emit(EtOpcodesModel model)
        {
            var writer = new IndentedTextWriter();
            ProtoSourceWriter.WriteHeader(writer, model.Location.Path, "its opcodes");
            int blocks = ProtoSourceWriter.Open(writer, model.Namespace, EquatableArray<ProtoContainerModel>.Empty);
            writer.WriteLine("/// <summary>The opcodes of " + System.IO.Path.GetFileName(model.Location.Path) + ", numbered from its name in file order as ET's Proto2CS numbers them.</summary>");
            writer.WriteLine(RuntimeContract.GeneratedCodeAttribute);
            writer.WriteLine("public static partial class " + model.ClassName);
            writer.OpenBlock();
            foreach (EtOpcodeModel opcode in model.Opcodes)
            {
                writer.WriteLine("public const ushort " + opcode.Name + " = " + opcode.Opcode.ToString(CultureInfo.InvariantCulture) + ";");
            }

            writer.CloseBlock();
            ProtoSourceWriter.Close(writer, blocks);
            return writer.ToString();
        }
    }
}
