using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>A property or field of a message that carries [Field].</summary>
    internal readonly struct ProtocolField
    {
        public ProtocolField(ISymbol symbol, ITypeSymbol type, AttributeData attribute)
        {
            Symbol = symbol;
            Type = type;
            Attribute = attribute;
            Number = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int number ? number : null;
        }

        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public AttributeData Attribute { get; }

        /// <summary>Null when the number argument is missing or not an int.</summary>
        public int? Number { get; }

        public string Name => Symbol.Name;

        /// <summary>Where to report something about the field: its name.</summary>
        public Location Location => Symbol.Locations.Length > 0 ? Symbol.Locations[0] : Location.None;

        /// <summary>Where to report something about the field number: the attribute's argument, else the field.</summary>
        public Location NumberLocation => AttributeLocations.FirstArgument(Attribute) ?? Location;
    }
}
