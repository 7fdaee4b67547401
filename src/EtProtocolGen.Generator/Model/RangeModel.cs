using System.Globalization;

namespace EtProtocolGen.Generator.Model
{
    /// <summary>A <c>[Range]</c> declaration: integer bounds, or floating-point bounds when <see cref="IsFloatingPoint"/>.</summary>
    internal sealed record RangeModel(bool IsFloatingPoint, long MinimumInteger, long MaximumInteger, double MinimumFloat, double MaximumFloat)
    {
        /// <summary>The lower bound as written in source.</summary>
        public string FormatMinimum() => IsFloatingPoint ? FormatFloat(MinimumFloat) : MinimumInteger.ToString(CultureInfo.InvariantCulture);

        /// <summary>The upper bound as written in source.</summary>
        public string FormatMaximum() => IsFloatingPoint ? FormatFloat(MaximumFloat) : MaximumInteger.ToString(CultureInfo.InvariantCulture);

        private static string FormatFloat(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return double.IsNaN(value) || double.IsInfinity(value) || text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
        }
    }
}
