using System.Collections.Generic;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>One validation attribute of a field, with what the generator's <see cref="ValidationRules"/> say about it.</summary>
    internal readonly struct DeclaredValidation
    {
        private DeclaredValidation(ValidationModel rule, AttributeData attribute, ValidationProblem problem, string reason)
        {
            Rule = rule;
            Attribute = attribute;
            Problem = problem;
            Reason = reason;
        }

        public ValidationModel Rule { get; }

        public AttributeData Attribute { get; }

        /// <summary><see cref="ValidationProblem.None"/> when the generated code enforces the rule.</summary>
        public ValidationProblem Problem { get; }

        /// <summary>Why it cannot be enforced, as a clause; empty when it can.</summary>
        public string Reason { get; }

        /// <summary>The validation attributes of <paramref name="field"/>; empty when its type has no protobuf mapping (ETP0004's case).</summary>
        public static List<DeclaredValidation> Read(ProtocolField field)
        {
            var declared = new List<DeclaredValidation>();
            if (!FieldTypes.Classify(field, out FieldTypeInfo info))
            {
                return declared;
            }

            var rules = new List<(ValidationModel Rule, AttributeData Attribute)>();
            int maxLength = 0;
            foreach (AttributeData attribute in field.Symbol.GetAttributes())
            {
                if (ValidationRules.TryRead(attribute, out ValidationModel rule))
                {
                    rules.Add((rule, attribute));
                    maxLength = rule.Rule == ValidationRule.MaxLength ? rule.Length : maxLength;
                }
            }

            foreach ((ValidationModel rule, AttributeData attribute) in rules)
            {
                ValidationProblem problem = ValidationRules.FindProblem(rule, info.Shape, info.ValueKind, maxLength, out string reason);
                declared.Add(new DeclaredValidation(rule, attribute, problem, reason));
            }

            return declared;
        }
    }
}
