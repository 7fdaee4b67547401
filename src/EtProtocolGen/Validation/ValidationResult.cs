namespace EtProtocolGen
{
    /// <summary>
    /// The outcome of a message's declared validation (<see cref="RangeAttribute"/>, <see cref="MinLengthAttribute"/>,
    /// <see cref="RequiredAttribute"/> and the optional <c>partial void OnValidate(ref ValidationResult result)</c> hook).
    /// </summary>
    public readonly struct ValidationResult
    {
        private ValidationResult(string memberName, string rule)
        {
            MemberName = memberName;
            Rule = rule;
        }

        /// <summary>A passing result.</summary>
        public static ValidationResult Success => default;

        /// <summary>True when every rule passed.</summary>
        public bool IsValid => MemberName is null;

        /// <summary>The C# member that failed, or null.</summary>
        public string? MemberName { get; }

        /// <summary>The rule that failed (<c>Range</c>, <c>MinLength</c>, <c>Required</c> or a name the hook chose), or null.</summary>
        public string? Rule { get; }

        /// <summary>A failing result for <paramref name="memberName"/>.</summary>
        public static ValidationResult Fail(string memberName, string rule = "Custom") => new ValidationResult(memberName, rule);

        /// <inheritdoc />
        public override string ToString() => IsValid ? "Valid" : "Validation failed: " + MemberName + " (" + Rule + ")";
    }
}
