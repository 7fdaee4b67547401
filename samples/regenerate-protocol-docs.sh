#!/usr/bin/env bash
# Regenerates what the sample protocol ships with after a change to its messages or handlers: the manifests
# (Protocol.Shipped.txt of samples/EtProtocolGen.Sample.Protocol, of the server's and of the map's handlers), the
# protocol reference docs/sample-protocol.md and the client protocol as proto3 for other languages (samples/proto,
# written by etprotocolgen export-proto; docs/proto.md). The samples build with warnings as errors, so a stale manifest
# (ETP0201) or an unaccepted breaking or security-relevant change (ETP0210-ETP0224) fails the build until this runs;
# review the diff it makes like any protocol change (docs/review.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Build with the manifest left out of the analyzers (EtProtocolGenManifest=false): the current one may be stale.
dotnet build samples/EtProtocolGen.Sample.Server/EtProtocolGen.Sample.Server.csproj -c Debug -p:EtProtocolGenManifest=false --nologo -v q
dotnet build samples/EtProtocolGen.Sample.Map/EtProtocolGen.Sample.Map.csproj -c Debug -p:EtProtocolGenManifest=false --nologo -v q
dotnet build src/EtProtocolGen.Tool/EtProtocolGen.Tool.csproj -c Debug --nologo -v q
tool() { dotnet src/EtProtocolGen.Tool/bin/Debug/net8.0/EtProtocolGen.Tool.dll "$@"; }

tool manifest samples/EtProtocolGen.Sample.Protocol/bin/Debug/netstandard2.0/EtProtocolGen.Sample.Protocol.dll --project samples/EtProtocolGen.Sample.Protocol --ship
tool manifest samples/EtProtocolGen.Sample.Server/bin/Debug/net10.0/EtProtocolGen.Sample.Server.dll --project samples/EtProtocolGen.Sample.Server --ship
tool manifest samples/EtProtocolGen.Sample.Map/bin/Debug/net10.0/EtProtocolGen.Sample.Map.dll --project samples/EtProtocolGen.Sample.Map --ship
tool report samples/EtProtocolGen.Sample.Protocol samples/EtProtocolGen.Sample.Server samples/EtProtocolGen.Sample.Map --title "Sample protocol reference" --output docs/sample-protocol.md
tool export-proto samples/EtProtocolGen.Sample.Protocol/bin/Debug/netstandard2.0/EtProtocolGen.Sample.Protocol.dll --out samples/proto
echo "regenerated; check with: git diff -- samples/*/Protocol.Shipped.txt docs/sample-protocol.md samples/proto"
