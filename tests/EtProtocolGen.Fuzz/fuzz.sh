#!/usr/bin/env bash
# Fuzzes one target with AFL++ through SharpFuzz for a given time, then turns its crashes into regression inputs.
#
#   tests/EtProtocolGen.Fuzz/fuzz.sh TARGET SECONDS     e.g. fuzz.sh decode-login 900
#   tests/EtProtocolGen.Fuzz/fuzz.sh list
#
# It installs what it needs (Debian's afl++ package, the sharpfuzz tool from this folder's tool manifest), publishes the
# harness to artifacts/fuzz/bin and instruments the assemblies under test there (the runtime, the fuzz protocol with its
# generated decoders and dispatcher; the frame reader lives in the runtime), so the ordinary build is never instrumented.
# Seeds: tests/Fuzz/TARGET/seeds plus tests/Fuzz/TARGET/regressions. Findings: artifacts/fuzz/findings/TARGET (resumed
# when it exists). Each crash is minimized with afl-tmin into tests/Fuzz/TARGET/regressions/crash-<sha1>.bin, which
# `dotnet test` replays; fix the bug, then commit the input. The last lines print AFL++'s fuzzer_stats for the run.
# FUZZ_REUSE_BUILD=1 skips the publish and instrumentation when artifacts/fuzz/bin already holds them (fuzzing several
# targets in a row from one build).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${FUZZ_WORK:-$repo/artifacts/fuzz}"
bin="$work/bin"
harness=(dotnet "$bin/EtProtocolGen.Fuzz.dll")

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

publish() {
  rm -rf "$bin"
  dotnet publish "$here/EtProtocolGen.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
  (cd "$here" && dotnet tool restore >/dev/null)
  for assembly in EtProtocolGen.dll EtProtocolGen.Fuzz.Protocol.dll; do
    (cd "$here" && dotnet tool run sharpfuzz "$bin/$assembly")
  done
}

if [ "${1:-}" = "list" ]; then
  dotnet run --project "$here/EtProtocolGen.Fuzz.csproj" -v quiet -- list
  exit 0
fi

if [ $# -ne 2 ]; then
  echo "usage: $0 TARGET SECONDS | $0 list" >&2
  exit 2
fi
target="$1"
seconds="$2"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq afl++ >/dev/null
fi

if [ "${FUZZ_REUSE_BUILD:-0}" != "1" ] || [ ! -f "$bin/EtProtocolGen.Fuzz.dll" ]; then
  publish
fi
"${harness[@]}" list | grep -qx "$target" || { echo "unknown target '$target'; targets:" >&2; "${harness[@]}" list >&2; exit 2; }

corpus="$repo/tests/Fuzz/$target"
inputs="$work/inputs/$target"
findings="$work/findings/$target"
rm -rf "$inputs"
mkdir -p "$inputs" "$findings" "$corpus/regressions"
cp "$corpus"/seeds/* "$inputs"/
find "$corpus/regressions" -maxdepth 1 -type f -name '*.bin' -exec cp {} "$inputs"/ \;

# SharpFuzz runs the target in persistent mode inside one dotnet process: no native binary for AFL++ to check, a slow
# first start (JIT), and a container that may not let us change core_pattern or CPU governors.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
export AFL_FORKSRV_INIT_TMOUT=120000 AFL_AUTORESUME=1 AFL_NO_UI=1
afl-fuzz -V "$seconds" -i "$inputs" -o "$findings" -t 5000 -m none -- "${harness[@]}" afl "$target" \
  > "$work/afl-$target.log" 2>&1 || { tail -30 "$work/afl-$target.log" >&2; exit 1; }

stats="$findings/default/fuzzer_stats"
new=0
for crash in "$findings"/default/crashes/id:*; do
  [ -e "$crash" ] || continue
  minimized="$(mktemp)"
  afl-tmin -i "$crash" -o "$minimized" -t 5000 -m none -- "${harness[@]}" afl "$target" >/dev/null 2>&1 || cp "$crash" "$minimized"
  name="crash-$(sha1sum "$minimized" | cut -c1-12).bin"
  if [ ! -e "$corpus/regressions/$name" ]; then
    mv "$minimized" "$corpus/regressions/$name"
    new=$((new + 1))
    echo "new regression input: tests/Fuzz/$target/regressions/$name"
  else
    rm -f "$minimized"
  fi
done

grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|stability|bitmap_cvg)' "$stats"
echo "$target: $new new crash input(s)"
