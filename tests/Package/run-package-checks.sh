#!/usr/bin/env bash
# The packages as a user installs them. Runs the README's "use the packages from source" commands and its quick start
# exactly as written (taken from README.md; no copy of them lives here), in a home folder of their own so that
# `dotnet nuget add source` and NuGet's package cache start fresh. Then, with the packages by version only (no
# ProjectReference): checks their layout, builds and runs a consumer that shows the expected ETP diagnostics, a server
# (EtProtocolGen.Transport) and a client (EtProtocolGen.Client, C# 9) that play a session with each other, a Unity-shaped
# netstandard2.0 / C# 9 library that must build with warnings as errors, and a NativeAOT app that must publish with no
# trim/AOT warnings and round-trip and dispatch messages as a native binary (ETP_SKIP_AOT=1 skips that last, slower step).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "package check FAILED: $*" >&2; exit 1; }

# The body of the first ```<language> block after the heading line $1 (a README section), indentation of a list removed.
readme_block() {
  awk -v heading="$1" -v language="$2" '
    $0 == heading { on = 1; next }
    on && /^#+ / { exit }
    on && !inside && $0 ~ "^ *```" language "$" { inside = 1; match($0, /^ */); indent = RLENGTH; next }
    inside && /^ *```/ { exit }
    inside { print substr($0, indent + 1) }
  ' "$root/README.md"
}

# Packages restored by an earlier session come from the machine's package folder (no download); our own never do:
# they are rebuilt with the same stable version every run, so a cached copy would hide this run's build.
machine_packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
for id in etprotocolgen etprotocolgen.transport etprotocolgen.client; do rm -rf "${machine_packages:?}/$id"; done
export HOME="$work/home"
unset NUGET_PACKAGES
mkdir -p "$HOME/.nuget/NuGet"
cat > "$HOME/.nuget/NuGet/NuGet.Config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="machine" value="$machine_packages" />
  </fallbackPackageFolders>
</configuration>
XML

echo "== README: use the packages from source (as written, from the root of a fresh copy of the repository)"
from_source=$(readme_block "### Use the packages from source" bash)
[ -n "$from_source" ] || fail "README lost its 'Use the packages from source' commands"
echo "$from_source"
# A copy without build output (bin/, obj/, artifacts/), as a fresh clone has none: the commands must not lean on a restore
# or a build that `dotnet test` happened to leave behind.
fresh="$work/repository"
mkdir -p "$fresh"
tar -C "$root" --exclude=./.git --exclude='*/bin' --exclude='*/obj' --exclude=./artifacts -cf - . | tar -C "$fresh" -xf -
feed="$fresh/artifacts/packages"
(cd "$fresh" && bash -euo pipefail -c "$from_source") > "$work/from-source.log" 2>&1 || { cat "$work/from-source.log"; fail "the README's commands to pack and add the packages failed"; }
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")
[[ "$version" =~ ^0\.[0-9]+\.[0-9]+$ ]] || fail "version $version is not a stable 0.x.y"

echo "== package layout ($version)"
nupkg="$feed/EtProtocolGen.$version.nupkg"
for package in EtProtocolGen EtProtocolGen.Transport EtProtocolGen.Client; do
  [ -f "$feed/$package.$version.nupkg" ] || fail "no $package.$version.nupkg in $feed"
done
[ -f "$feed/EtProtocolGen.$version.snupkg" ] || fail "no symbols package"
listing=$(unzip -Z1 "$nupkg")
for expected in \
  lib/netstandard2.0/EtProtocolGen.dll lib/net8.0/EtProtocolGen.dll \
  lib/netstandard2.0/EtProtocolGen.xml lib/net8.0/EtProtocolGen.xml \
  analyzers/dotnet/cs/EtProtocolGen.Generator.dll \
  analyzers/dotnet/cs/EtProtocolGen.Analyzers.dll \
  analyzers/dotnet/cs/EtProtocolGen.CodeFixes.dll \
  docs/diagnostics/README.md \
  build/EtProtocolGen.targets \
  proto/etprotocolgen.proto \
  README.md; do
  grep -qx "$expected" <<<"$listing" || fail "package lacks $expected"
done
for page in "$root"/docs/diagnostics/ETP*.md; do
  grep -qx "docs/diagnostics/$(basename "$page")" <<<"$listing" || fail "package lacks docs/diagnostics/$(basename "$page")"
done
nuspec=$(unzip -p "$nupkg" EtProtocolGen.nuspec)
if grep -qi 'Microsoft.CodeAnalysis' <<<"$nuspec"; then fail "Roslyn leaks into consumers' dependencies"; fi
if grep -qi 'id="EtProtocolGen.Runtime"' <<<"$nuspec"; then fail "package depends on the unpublished runtime project"; fi
if grep -q 'projectUrl' <<<"$nuspec"; then fail "the package names a project address (none exists)"; fi
echo "EtProtocolGen: $(grep -c . <<<"$listing") files, dependencies: $(grep -o 'id="[^"]*"' <<<"$nuspec" | sort -u | tr '\n' ' ')"
transport=$(unzip -p "$feed/EtProtocolGen.Transport.$version.nupkg" EtProtocolGen.Transport.nuspec)
client=$(unzip -p "$feed/EtProtocolGen.Client.$version.nupkg" EtProtocolGen.Client.nuspec)
grep -qx "lib/net8.0/EtProtocolGen.Transport.dll" <<<"$(unzip -Z1 "$feed/EtProtocolGen.Transport.$version.nupkg")" || fail "transport package lacks lib/net8.0"
grep -qx "lib/netstandard2.1/EtProtocolGen.Client.dll" <<<"$(unzip -Z1 "$feed/EtProtocolGen.Client.$version.nupkg")" || fail "client package lacks lib/netstandard2.1"
for nuspec_text in "$transport" "$client"; do
  grep -q "<dependency id=\"EtProtocolGen\" version=\"$version\"" <<<"$nuspec_text" || fail "a package does not depend on EtProtocolGen $version"
done
if grep -qi 'EtProtocolGen.Transport\|AspNetCore' <<<"$client"; then fail "the client package depends on the server side"; fi
if grep -qi 'EtProtocolGen.Client' <<<"$transport"; then fail "the transport package depends on the client"; fi
echo "EtProtocolGen.Transport and EtProtocolGen.Client depend on EtProtocolGen $version, not on each other"

# --- EtProtocolGen.Orleans (issue 17): packed by the README's commands above; its layout and dependencies -------------
orleans_nupkg="$feed/EtProtocolGen.Orleans.$version.nupkg"
[ -f "$orleans_nupkg" ] || fail "no EtProtocolGen.Orleans.$version.nupkg in $feed"
orleans_listing=$(unzip -Z1 "$orleans_nupkg")
for expected in lib/net8.0/EtProtocolGen.Orleans.dll lib/net8.0/EtProtocolGen.Orleans.xml PACKAGE.md; do
  grep -qx "$expected" <<<"$orleans_listing" || fail "EtProtocolGen.Orleans lacks $expected"
done
orleans=$(unzip -p "$orleans_nupkg" EtProtocolGen.Orleans.nuspec)
grep -q "<dependency id=\"EtProtocolGen\" version=\"$version\"" <<<"$orleans" || fail "EtProtocolGen.Orleans does not depend on EtProtocolGen $version"
grep -q '<dependency id="Microsoft.Orleans.Serialization"' <<<"$orleans" || fail "EtProtocolGen.Orleans does not depend on Orleans' serializer"
if grep -qi 'EtProtocolGen.Transport\|EtProtocolGen.Client\|AspNetCore' <<<"$orleans"; then fail "EtProtocolGen.Orleans depends on the transport or the client"; fi
echo "EtProtocolGen.Orleans: $(grep -c . <<<"$orleans_listing") files, dependencies: $(grep -o 'id="[^"]*"' <<<"$orleans" | sort -u | tr '\n' ' ')"
# --- end of EtProtocolGen.Orleans ------------------------------------------------------------------------------------

echo "== README quick start, word for word (commands and code blocks taken from README.md)"
quick="$work/quickstart"
mkdir -p "$quick"
# The two C# blocks of the README's "Quick start" section: Messages.cs, then Program.cs.
awk '/^## Quick start/{on=1; next} /^## /{on=0} on && /```csharp/{n++; keep=1; next} on && /```/{keep=0} keep{sub(/^   /, ""); print > (dir "/block" n ".cs")}' dir="$quick" "$root/README.md"
[ -f "$quick/block1.cs" ] && [ -f "$quick/block2.cs" ] || fail "README quick start lost its two C# blocks"
create=$(readme_block "1. Create a project and add the package:" bash)
[ -n "$create" ] || fail "README quick start lost its commands"
echo "$create"
(
  cd "$quick"
  bash -euo pipefail -c "$create" > create.log 2>&1 || { cat create.log; exit 1; }
  cd Hello
  mv ../block1.cs Messages.cs
  mv ../block2.cs Program.cs
  dotnet run > run.log 2>&1 || { cat run.log; exit 1; }
  cat run.log
  grep -q "Password = \*\*\*" run.log && grep -q "hostile input accepted: False" run.log || exit 1
  sed -i 's/\[Field(2), MaxLength(32)\] public string Account/[Field(2)] public string Account/' Messages.cs
  dotnet build > build.log 2>&1 || true
  grep -q "warning ETP0101" build.log || { cat build.log; exit 1; }
  echo "removing [MaxLength(32)] gives ETP0101, as the README says"
) || fail "README quick start does not work as written"

echo "== consumer (net10.0): run, diagnostics, generated files"
cp -r "$root/tests/Package/Consumer" "$work/Consumer"
build_log="$work/consumer-build.log"
dotnet build "$work/Consumer/Consumer.csproj" -c Release -p:EtProtocolGenVersion="$version" --nologo 2>&1 | tee "$build_log" >/dev/null \
  || { cat "$build_log"; fail "consumer build failed"; }
for id in ETP0101 ETP0102 ETP0105 ETP0109; do
  grep -q "warning $id" "$build_log" || { cat "$build_log"; fail "expected $id in the consumer build output"; }
done
grep -E "warning ETP[0-9]+" "$build_log" | sed -E 's#^[^ ]*/Consumer/##; s# \[[^]]*\]$##' | sort -u
# Every ETP warning's help link (printed after the message) is the page the package ships, in the package folder.
help_links=$(grep -E "warning ETP[0-9]+" "$build_log" | sed -nE 's#.*\((file://[^)]*)\)( \[[^]]*\])?$#\1#p' | sort -u)
[ "$(grep -oE "warning ETP[0-9]+" "$build_log" | sort -u | wc -l)" = "$(wc -l <<<"$help_links")" ] \
  || { cat "$build_log"; fail "an ETP warning has no help link to the package's page"; }
while read -r link; do
  page=$(sed -E 's#^file://##; s#%20# #g' <<<"$link")
  case "$page" in */etprotocolgen/"$version"/docs/diagnostics/ETP*.md) ;; *) fail "help link $link is not a page of the package";; esac
  [ -f "$page" ] || fail "help link $link does not exist"
done <<<"$help_links"
echo "help links open the package's pages: $(wc -l <<<"$help_links") pages, e.g. $(head -n 1 <<<"$help_links" | sed "s#^file://$HOME#file://~#")"
generated=$(find "$work/Consumer/generated" -name '*.g.cs' | sort)
[ -n "$generated" ] || fail "EmitCompilerGeneratedFiles wrote nothing"
grep -q "<auto-generated/>" $(grep -l "C2G_Login" $generated | head -n 1) || fail "generated file lacks the auto-generated header"
echo "generated files:"; sed "s#^$work/Consumer/##" <<<"$generated"
dotnet "$work/Consumer/bin/Release/net10.0/Consumer.dll" || fail "consumer run failed"

echo "== a server (EtProtocolGen.Transport) and a client (EtProtocolGen.Client) from the packages play a session"
cp -r "$root/tests/Package/SessionProtocol" "$root/tests/Package/SessionServer" "$root/tests/Package/SessionClient" "$work/"
dotnet build "$work/SessionServer/SessionServer.csproj" -c Release -p:EtProtocolGenVersion="$version" --nologo -v q > "$work/server-build.log" 2>&1 \
  || { cat "$work/server-build.log"; fail "session server did not build"; }
dotnet build "$work/SessionClient/SessionClient.csproj" -c Release -p:EtProtocolGenVersion="$version" --nologo -v q > "$work/client-build.log" 2>&1 \
  || { cat "$work/client-build.log"; fail "session client did not build"; }
dotnet "$work/SessionServer/bin/Release/net10.0/SessionServer.dll" > "$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/^listening on port \([0-9]*\)$/\1/p' "$work/server.log")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
[ -n "$port" ] || { cat "$work/server.log"; fail "session server did not start"; }
dotnet "$work/SessionClient/bin/Release/net10.0/SessionClient.dll" "$port" || { cat "$work/server.log"; fail "session client failed"; }
wait "$server_pid" || { cat "$work/server.log"; fail "session server saw a bad session"; }
server_pid=""
tail -n 1 "$work/server.log"

echo "== Unity-shaped consumer (netstandard2.0, C# 9, warnings as errors)"
cp -r "$root/tests/Package/UnityConsumer" "$work/UnityConsumer"
dotnet build "$work/UnityConsumer/UnityConsumer.csproj" -c Release -p:EtProtocolGenVersion="$version" --nologo -v q \
  || fail "Unity-shaped consumer did not build clean"
echo "unity-shaped consumer ok"

echo "== NativeAOT consumer: publish with PublishAot, no trim/AOT warnings, run the native binary"
if [ "${ETP_SKIP_AOT:-0}" = "1" ]; then
  echo "skipped (ETP_SKIP_AOT=1)"
else
  cp -r "$root/tests/Package/AotConsumer" "$work/AotConsumer"
  aot_log="$work/aot-publish.log"
  dotnet publish "$work/AotConsumer/AotConsumer.csproj" -c Release -r linux-x64 -p:EtProtocolGenVersion="$version" \
    -o "$work/aot-out" --nologo 2>&1 | tee "$aot_log" >/dev/null || { cat "$aot_log"; fail "NativeAOT publish failed"; }
  if grep -E "warning IL[23][0-9]{3}" "$aot_log"; then fail "NativeAOT publish reported trim/AOT warnings"; fi
  if grep -E "warning " "$aot_log"; then fail "NativeAOT publish reported warnings"; fi
  echo "publish: 0 trim/AOT warnings, native binary $(du -h "$work/aot-out/AotConsumer" | cut -f1)"
  "$work/aot-out/AotConsumer" || fail "NativeAOT binary failed"
fi

# ---- Protocol review (issue 14, owned by "review"): the package's build/EtProtocolGen.targets hands a consumer's
# Protocol.Shipped.txt / Protocol.Unshipped.txt to the analyzers, and the etprotocolgen .NET tool installs from the local
# feed and reads them. Kept as one block so that the rest of this script can change around it. ----
echo "== protocol manifest and the etprotocolgen tool (docs/review.md)"
dotnet pack "$root/src/EtProtocolGen.Tool/EtProtocolGen.Tool.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v q
[ -f "$feed/EtProtocolGen.Tool.$version.nupkg" ] || fail "no EtProtocolGen.Tool package"
review="$work/review"
cp -r "$root/tests/Package/Consumer" "$review"
rm -rf "$review/bin" "$review/obj" "$review/generated"
: > "$review/Protocol.Shipped.txt"
review_log="$work/review-build.log"
# Built three times: the generated files are not written into the project (they would compile the second time).
review_build=(dotnet build "$review/Consumer.csproj" -c Release -p:EtProtocolGenVersion="$version" -p:EmitCompilerGeneratedFiles=false --nologo)
"${review_build[@]}" 2>&1 | tee "$review_log" >/dev/null || { cat "$review_log"; fail "manifest consumer build failed"; }
grep -q "warning ETP0201" "$review_log" || { cat "$review_log"; fail "the package's targets did not hand Protocol.Shipped.txt to the analyzers (no ETP0201)"; }
(
  cd "$review"
  dotnet new tool-manifest >/dev/null
  dotnet tool install EtProtocolGen.Tool --version "$version" >/dev/null
  dotnet tool run etprotocolgen manifest bin/Release/net10.0/Consumer.dll --ship
  cp Protocol.Shipped.txt "$work/shipped-before.txt"
  dotnet tool run etprotocolgen report . --title "Consumer protocol" --output protocol.md
  grep -q "^## Threat summary" protocol.md && grep -q "| C2G_Login | 10001 |" protocol.md || { cat protocol.md; exit 1; }
  echo "report: $(grep -c '^### ' protocol.md) sections"
) || fail "etprotocolgen did not install or run from the local feed"
"${review_build[@]}" 2>&1 | tee "$review_log" >/dev/null || { cat "$review_log"; fail "manifest consumer build failed"; }
if grep -q "warning ETP02" "$review_log"; then cat "$review_log"; fail "a manifest written by etprotocolgen is not current for the analyzers"; fi
sed -i 's/\[Field(2), MaxLength(32)\] public string Account/[Field(2), MaxLength(320)] public string Account/' "$review/Messages.cs"
"${review_build[@]}" 2>&1 | tee "$review_log" >/dev/null || true
grep -q "warning ETP0221" "$review_log" || { cat "$review_log"; fail "raising a shipped [MaxLength] did not give ETP0221"; }
(
  cd "$review"
  dotnet tool run etprotocolgen manifest bin/Release/net10.0/Consumer.dll
  status=0
  dotnet tool run etprotocolgen diff --against "$work/shipped-before.txt" . > diff.txt || status=$?
  cat diff.txt
  [ "$status" -eq 1 ] && grep -q "^ETP0221 security: Field 2 'Account' of message 'C2G_Login'" diff.txt
) || fail "etprotocolgen diff did not report the raised bound with exit code 1"
echo "protocol review ok"
# ---- end of protocol review ----

echo "package checks passed"
