namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>Metadata names of the runtime's attributes that the generator reads.</summary>
    internal static class AttributeNames
    {
        public const string Message = FieldTypeClassifier.MessageAttributeMetadataName;
        public const string Field = FieldTypeClassifier.FieldAttributeMetadataName;
        public const string MaxLength = "EtProtocolGen.MaxLengthAttribute";
        public const string MinLength = "EtProtocolGen.MinLengthAttribute";
        public const string Range = "EtProtocolGen.RangeAttribute";
        public const string Required = "EtProtocolGen.RequiredAttribute";
        public const string Sensitive = "EtProtocolGen.SensitiveAttribute";
        public const string ProtocolLimits = "EtProtocolGen.ProtocolLimitsAttribute";
    }
}
