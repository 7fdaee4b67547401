using System.Globalization;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>A [Range] as the generated Validate() checks it: integer bounds, or floating-point bounds.</summary>
    internal sealed class RangeBound
    {
        private RangeBound(bool isFloatingPoint, long minimumInteger, long maximumInteger, double minimumFloat, double maximumFloat)
        {
            IsFloatingPoint = isFloatingPoint;
            MinimumInteger = minimumInteger;
            MaximumInteger = maximumInteger;
            MinimumFloat = minimumFloat;
            MaximumFloat = maximumFloat;
        }

        public bool IsFloatingPoint { get; }

        public long MinimumInteger { get; }

        public long MaximumInteger { get; }

        public double MinimumFloat { get; }

        public double MaximumFloat { get; }

        public static RangeBound Integer(long minimum, long maximum) => new RangeBound(false, minimum, maximum, 0, 0);

        public static RangeBound Float(double minimum, double maximum) => new RangeBound(true, 0, 0, minimum, maximum);

        /// <summary>True if every value this range accepts is also accepted by <paramref name="other"/>.</summary>
        public bool IsWithin(RangeBound other)
        {
            if (!IsFloatingPoint && !other.IsFloatingPoint)
            {
                return MinimumInteger >= other.MinimumInteger && MaximumInteger <= other.MaximumInteger;
            }

            return Minimum >= other.Minimum && Maximum <= other.Maximum;
        }

        private double Minimum => IsFloatingPoint ? MinimumFloat : MinimumInteger;

        private double Maximum => IsFloatingPoint ? MaximumFloat : MaximumInteger;

        /// <summary><c>1..99999</c>, or <c>-10000.0..10000.0</c> for floating-point bounds (always with a point or an exponent).</summary>
        public override string ToString() =>
            IsFloatingPoint
                ? FloatText(MinimumFloat) + ".." + FloatText(MaximumFloat)
                : MinimumInteger.ToString(CultureInfo.InvariantCulture) + ".." + MaximumInteger.ToString(CultureInfo.InvariantCulture);

        /// <summary>Reads the text <see cref="ToString"/> writes; false if it is not a range.</summary>
        public static bool TryParse(string text, out RangeBound range)
        {
            range = null!;
            int separator = text.IndexOf("..", 1, System.StringComparison.Ordinal);
            if (separator < 0)
            {
                return false;
            }

            string minimum = text.Substring(0, separator);
            string maximum = text.Substring(separator + 2);
            if (IsFloatText(minimum) || IsFloatText(maximum))
            {
                if (double.TryParse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
                    && double.TryParse(maximum, NumberStyles.Float, CultureInfo.InvariantCulture, out double max))
                {
                    range = Float(min, max);
                    return true;
                }

                return false;
            }

            if (long.TryParse(minimum, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long low)
                && long.TryParse(maximum, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long high))
            {
                range = Integer(low, high);
                return true;
            }

            return false;
        }

        private static bool IsFloatText(string text) =>
            text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 || text.IndexOf("Infinity", System.StringComparison.Ordinal) >= 0 || text == "NaN";

        private static string FloatText(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return IsFloatText(text) ? text : text + ".0";
        }
    }
}
