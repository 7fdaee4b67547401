namespace EtProtocolGen.Generator.Model
{
    /// <summary>A <c>[Range]</c> declaration: integer bounds, or floating-point bounds when <see cref="IsFloatingPoint"/>.</summary>
    internal sealed record RangeModel(bool IsFloatingPoint, long MinimumInteger, long MaximumInteger, double MinimumFloat, double MaximumFloat);
}
