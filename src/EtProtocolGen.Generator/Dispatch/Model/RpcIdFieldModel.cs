namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>Where a request's RpcId is on the wire, so that a request refused before decoding is answered with it.</summary>
    /// <param name="Number">The [Field] number of the RpcId property.</param>
    /// <param name="Encoding">Its <c>FieldEncoding</c> name: <c>Default</c>, <c>ZigZag</c> or <c>Fixed</c>.</param>
    internal sealed record RpcIdFieldModel(int Number, string Encoding)
    {
        /// <summary>The RpcId field numbered <paramref name="number"/> with the <c>FieldEncoding</c> value <paramref name="encoding"/>.</summary>
        public static RpcIdFieldModel Of(int number, int encoding) => new RpcIdFieldModel(number, encoding switch
        {
            RuntimeContract.FieldEncoding.ZigZag => nameof(RuntimeContract.FieldEncoding.ZigZag),
            RuntimeContract.FieldEncoding.Fixed => nameof(RuntimeContract.FieldEncoding.Fixed),
            _ => nameof(RuntimeContract.FieldEncoding.Default),
        });
    }
}
