using System;
using System.Globalization;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>The generator's <see cref="RangeModel"/> as the manifest writes, reads and compares it.</summary>
    internal static class RangeText
    {
        /// <summary><c>1..99999</c>, or <c>-10000.0..10000.0</c> for floating-point bounds (the generator's own formatting).</summary>
        public static string Format(RangeModel range) => range.FormatMinimum() + ".." + range.FormatMaximum();

        /// <summary>Reads what <see cref="Format"/> writes; false if the text is not a range.</summary>
        public static bool TryParse(string text, out RangeModel range)
        {
            range = null!;
            int separator = text.IndexOf("..", 1, StringComparison.Ordinal);
            if (separator < 0)
            {
                return false;
            }

            string minimum = text.Substring(0, separator);
            string maximum = text.Substring(separator + 2);
            if (IsFloat(minimum) || IsFloat(maximum))
            {
                if (double.TryParse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
                    && double.TryParse(maximum, NumberStyles.Float, CultureInfo.InvariantCulture, out double max))
                {
                    range = new RangeModel(true, 0, 0, min, max);
                    return true;
                }

                return false;
            }

            if (long.TryParse(minimum, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long low)
                && long.TryParse(maximum, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long high))
            {
                range = new RangeModel(false, low, high, 0, 0);
                return true;
            }

            return false;
        }

        /// <summary>True if every value <paramref name="inner"/> accepts is also accepted by <paramref name="outer"/>.</summary>
        public static bool IsWithin(RangeModel inner, RangeModel outer)
        {
            if (!inner.IsFloatingPoint && !outer.IsFloatingPoint)
            {
                return inner.MinimumInteger >= outer.MinimumInteger && inner.MaximumInteger <= outer.MaximumInteger;
            }

            return Minimum(inner) >= Minimum(outer) && Maximum(inner) <= Maximum(outer);
        }

        private static double Minimum(RangeModel range) => range.IsFloatingPoint ? range.MinimumFloat : range.MinimumInteger;

        private static double Maximum(RangeModel range) => range.IsFloatingPoint ? range.MaximumFloat : range.MaximumInteger;

        /// <summary>The generator writes floating-point bounds with a point or an exponent, or as NaN or an infinity.</summary>
        private static bool IsFloat(string text) =>
            text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 || text.IndexOf("Infinity", StringComparison.Ordinal) >= 0 || text == "NaN";
    }
}
