using System;
using System.Text;

namespace EtProtocolGen.Generator.Helpers
{
    /// <summary>Writes C# source line by line, tracking indentation and braces (four spaces per level).</summary>
    internal sealed class IndentedTextWriter
    {
        private const string IndentUnit = "    ";

        private readonly StringBuilder _builder = new StringBuilder(4096);
        private int _depth;

        /// <summary>Writes one line at the current indentation; an empty string writes an empty line.</summary>
        public void WriteLine(string line)
        {
            if (line.Length != 0)
            {
                for (int i = 0; i < _depth; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(line);
            }

            _builder.Append('\n');
        }

        /// <summary>Writes an empty line.</summary>
        public void WriteLine() => _builder.Append('\n');

        /// <summary>Writes <c>{</c> and indents what follows.</summary>
        public void OpenBlock()
        {
            WriteLine("{");
            _depth++;
        }

        /// <summary>Unindents and writes <c>}</c> (with an optional suffix such as <c>;</c>).</summary>
        public void CloseBlock(string suffix = "")
        {
            if (_depth == 0)
            {
                throw new InvalidOperationException("Unbalanced block.");
            }

            _depth--;
            WriteLine("}" + suffix);
        }

        /// <summary>Indents the following lines one more level without a brace (a switch section body).</summary>
        public void Indent() => _depth++;

        /// <summary>Undoes <see cref="Indent"/>.</summary>
        public void Unindent()
        {
            if (_depth == 0)
            {
                throw new InvalidOperationException("Unbalanced indentation.");
            }

            _depth--;
        }

        public override string ToString() => _builder.ToString();
    }
}
