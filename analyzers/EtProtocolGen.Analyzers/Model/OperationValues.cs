using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>Helpers for reading the value an operation stands for.</summary>
    internal static class OperationValues
    {
        /// <summary>The operand under any implicit or explicit conversions (<c>(object)ex</c> is <c>ex</c>).</summary>
        public static IOperation WithoutConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
