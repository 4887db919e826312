#!/usr/bin/env bash
# The national benchmark of issue 13: 8,270,244 synthetic households in the
# 3,352 CBS 2023 wijken, then, in the same run, targetgroup:fullanalysis (area
# outputs only; with a slim household layer; with every household attribute)
# against native:countpointsinpolygon and native:fieldcalculator on the same
# households. Prints wall time, peak RSS and the per-step times of each run and
# the ratios of the targets.
#
# Usage: bench/national.sh [--scale F] [--build DIR] [--out DIR] [--keep]
#   --scale F   households = round(8,270,244 x F) (default 1; e.g. 0.05 for a quick run)
#   --build DIR the build folder (default: build); the plugin is built and installed there
#   --out DIR   outputs and logs (default: a temporary folder, removed unless --keep)
# The households are made once per scale and cached in
# ${TARGETGROUP_BENCH_CACHE:-bench/cache} (gitignored). Run it niced on a shared machine:
#   nice -n 10 bench/national.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale=1
build="$root/build"
out=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --build) build="$(realpath -m "$2")"; shift 2 ;;
    --out) out="$(realpath -m "$2")"; keep=1; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n 2,15p "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

national=8270244
households=$(awk -v s="$scale" -v n="$national" 'BEGIN { printf "%d", n * s + 0.5 }')
wijk="${TARGETGROUP_CBS:-$root/../shared/data/cbs}/wijk_2023.gpkg"
gemeente="$(dirname "$wijk")/gemeente_2023.gpkg"
provincie="$(dirname "$wijk")/provincie_2023.gpkg"
[ -f "$wijk" ] || wijk=/work/shared/data/cbs/wijk_2023.gpkg
[ -f "$wijk" ] || { echo "CBS wijken not found: set TARGETGROUP_CBS to the folder of wijk_2023.gpkg" >&2; exit 1; }
gemeente="$(dirname "$wijk")/gemeente_2023.gpkg"
provincie="$(dirname "$wijk")/provincie_2023.gpkg"
cache="${TARGETGROUP_BENCH_CACHE:-$root/bench/cache}"
mkdir -p "$cache"
cached="$cache/households_${households}.gpkg"

if [ -z "$out" ]; then out="$(mktemp -d)"; fi
mkdir -p "$out"
profile_home="$(mktemp -d)"
cleanup() { rm -rf "$profile_home"; if [ "$keep" = 0 ]; then rm -rf "$out"; fi; }
trap cleanup EXIT

# The plugin from the build folder, as scripts/demo.sh installs it.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target targetgroup >/dev/null
rm -rf "$build/plugins"
cmake --install "$build" --prefix "$build/plugins" >/dev/null
export QGIS_PLUGINPATH="$build/plugins" QGIS_CUSTOM_CONFIG_PATH="$profile_home" HOME="$profile_home"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$profile_home"
qgis_process=qgis_process.bin # Debian's qgis_process wrapper is broken
"$qgis_process" plugins enable targetgroup >/dev/null

# timed NAME ARGS...: runs qgis_process with ARGS under /usr/bin/time -v,
# every log line prefixed with seconds since the start; keeps NAME.log and NAME.time.
declare -A wall rss
timed() {
  local name="$1"; shift
  local start; start=$(date +%s.%N)
  set +o pipefail # the run's own status is checked below
  /usr/bin/time -v -o "$out/$name.time" stdbuf -oL -eL "$qgis_process" run "$@" 2>&1 |
    while IFS= read -r line; do
      printf '%8.1f %s\n' "$(awk -v now="$(date +%s.%N)" -v start="$start" 'BEGIN { print now - start }')" "$line"
    done >"$out/$name.log"
  local status=${PIPESTATUS[0]}
  set -o pipefail
  if [ "$status" != 0 ]; then
    echo "!! $name failed (exit $status); the log's end:" >&2
    tail -20 "$out/$name.log" >&2
    exit 1
  fi
  wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out/$name.time")
  rss[$name]=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out/$name.time")
  printf '%-28s %9.1f s %8s MB\n' "$name" "${wall[$name]}" "${rss[$name]}"
}

# What this build's fullanalysis offers (options of issue 13 that may not exist yet).
# qgis_process --json help lists each parameter with "optional".
parameters_json="$("$qgis_process" --json help targetgroup:fullanalysis 2>/dev/null || echo '{}')"
households_optional="$(printf '%s' "$parameters_json" | python3 -c '
import json, sys
p = json.load(sys.stdin).get("parameters", {})
print(1 if p.get("OUTPUT_HOUSEHOLDS", {}).get("optional") else 0)')"
# A slim household output: any boolean or enum parameter with SLIM in its name.
slim_parameter="$(printf '%s' "$parameters_json" | python3 -c '
import json, sys
p = json.load(sys.stdin).get("parameters", {})
print(next((name for name in p if "SLIM" in name.upper()), ""))')"

echo "== national benchmark: $households households (scale $scale) in $(basename "$wijk"); outputs in $out"
echo "   machine: $(nproc) cores; $(qgis_process.bin --version 2>/dev/null | grep -i '^QGIS' | head -1)"

if [ ! -f "$cached" ]; then
  echo "== making the households once (cached in $cached)"
  timed synthetichouseholds targetgroup:synthetichouseholds \
    --AREAS="$wijk|layername=wijk" --HOUSEHOLDS="$households" --RANDOM_SEED=20231 \
    --OUTPUT="$cached.part.gpkg"
  mv "$cached.part.gpkg" "$cached"
else
  echo "== households cached: $cached"
fi
points="$cached|layername=$(ogrinfo -q "$cached" 2>/dev/null | awk -F'[: ]+' '/^1:/ { print $2; exit }')"
[ "$points" != "$cached|layername=" ] || points="$cached"

seed='"easy_read_loans" > 0 AND "first_lang" = '"'"'nl'"'"''
common=(--HOUSEHOLDS="$points" --SEED="$seed")
for field in age_class hh_type education income tenure dwelling segment; do common+=("--FIELDS=$field"); done
for field in int_diy int_tv_soaps int_sports int_reading int_gardening media_facebook \
             media_local_paper buy_discount_store buy_online; do common+=("--DESCRIPTIVE_FIELDS=$field"); done
common+=(--PREVALENCE=0.10 --MEMBER='"is_member" = 1'
  --AREAS="$wijk|layername=wijk" --MIDDLE_AREAS="$gemeente|layername=gemeente" --COARSE_AREAS="$provincie|layername=provincie")
outputs() { # outputs PREFIX: every output of fullanalysis but the households
  echo --OUTPUT_PROFILE="$out/$1_profile.json" --OUTPUT_REPORT="$out/$1_report.html" \
    --OUTPUT_AREAS="$out/$1_wijk.gpkg" --OUTPUT_MIDDLE_AREAS="$out/$1_gemeente.gpkg" \
    --OUTPUT_COARSE_AREAS="$out/$1_provincie.gpkg"
}

echo "== runs (wall, peak RSS)"
# What every run pays before it reads anything: qgis_process starting QGIS and loading the providers.
startup_start=$(date +%s.%N)
"$qgis_process" help native:buffer >/dev/null 2>&1 || true
startup=$(awk -v now="$(date +%s.%N)" -v start="$startup_start" 'BEGIN { printf "%.1f", now - start }')
printf '%-28s %9s s (qgis_process help: in every wall time below)\n' startup "$startup"
declare -A available
if [ "$households_optional" = 1 ]; then
  # shellcheck disable=SC2046
  timed fullanalysis_areas targetgroup:fullanalysis "${common[@]}" $(outputs areas)
  available[fullanalysis_areas]=1
else
  printf '%-28s not available in this build (OUTPUT_HOUSEHOLDS is mandatory)\n' fullanalysis_areas
fi
if [ -n "$slim_parameter" ]; then
  # shellcheck disable=SC2046
  timed fullanalysis_slim targetgroup:fullanalysis "${common[@]}" $(outputs slim) \
    --OUTPUT_HOUSEHOLDS="$out/slim_households.gpkg" --"$slim_parameter"=true
  available[fullanalysis_slim]=1
else
  printf '%-28s not available in this build (no slim household option)\n' fullanalysis_slim
fi
# shellcheck disable=SC2046
timed fullanalysis_all targetgroup:fullanalysis "${common[@]}" $(outputs all) \
  --OUTPUT_HOUSEHOLDS="$out/all_households.gpkg"
timed countpointsinpolygon native:countpointsinpolygon \
  --POLYGONS="$wijk|layername=wijk" --POINTS="$points" --FIELD=NUMPOINTS --OUTPUT="$out/count.gpkg"
timed fieldcalculator native:fieldcalculator \
  --INPUT="$points" --FIELD_NAME=tg_calc --FIELD_TYPE=0 --FIELD_LENGTH=20 --FIELD_PRECISION=6 \
  --FORMULA='"easy_read_loans" * 0.5' --OUTPUT="$out/fieldcalc.gpkg"

echo "== fullanalysis steps (seconds from the log's step lines)"
for name in fullanalysis_areas fullanalysis_slim fullanalysis_all; do
  [ -f "$out/$name.log" ] || continue
  echo "-- $name"
  awk -v total="${wall[$name]}" '
    /Step [0-9]+: / { t = $1; sub(/.*Step /, "Step "); if (label != "") printf "   %-60s %7.1f s\n", label, t - last; label = $0; last = t }
    END { if (label != "") printf "   %-60s %7.1f s (to the end of the run)\n", label, total - last }' "$out/$name.log"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo "== ratios (targets of issue 13)"
if [ "${available[fullanalysis_areas]:-0}" = 1 ]; then
  echo "   fullanalysis areas only / countpointsinpolygon: $(ratio "${wall[fullanalysis_areas]}" "${wall[countpointsinpolygon]}")  (target <= 1.5; and <= 120 s at scale 1: ${wall[fullanalysis_areas]} s)"
else
  echo "   fullanalysis areas only / countpointsinpolygon: not available in this build"
fi
echo "   fullanalysis all attributes / fieldcalculator:  $(ratio "${wall[fullanalysis_all]}" "${wall[fieldcalculator]}")  (target <= 1.0)"
if [ "${available[fullanalysis_slim]:-0}" = 1 ]; then
  echo "   fullanalysis slim / fieldcalculator:            $(ratio "${wall[fullanalysis_slim]}" "${wall[fieldcalculator]}")  (target <= 0.5)"
else
  echo "   fullanalysis slim / fieldcalculator:            not available in this build"
fi
max_rss=0
for name in "${!rss[@]}"; do [ "${rss[$name]}" -gt "$max_rss" ] && max_rss=${rss[$name]}; done
echo "   peak RSS over the runs: $max_rss MB (target <= 1024 MB at scale 1)"
