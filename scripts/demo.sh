#!/usr/bin/env bash
# The main job on the embedded demo data (Food Valley, CBS 2023 wijken,
# synthetic households): installs what is missing, builds the plugin, installs
# it into build/plugins, and drives qgis_process.bin through the whole chain.
# Usage: scripts/demo.sh [output-dir]   (default: out/demo)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"
out="$(realpath -m "${1:-$root/out/demo}")"
demo="$root/data/demo/foodvalley.gpkg"

"$root/scripts/install-deps.sh"
# ccache: share compiled objects between clones of the tree (CI builds a fresh clone).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target targetgroup
rm -rf "$build/plugins"
cmake --install "$build" --prefix "$build/plugins" >/dev/null
mkdir -p "$out"

# A throw-away QGIS profile, so the demo never touches the user's own.
profile_home="$(mktemp -d)"
trap 'rm -rf "$profile_home"' EXIT
export QGIS_PLUGINPATH="$build/plugins" QGIS_CUSTOM_CONFIG_PATH="$profile_home" HOME="$profile_home"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$profile_home"
# Debian's /usr/bin/qgis_process wrapper is broken ("Command --noversioncheck not known!").
qgis_process=qgis_process.bin
"$qgis_process" plugins enable targetgroup >/dev/null

run() {
  echo "== $1"
  "$qgis_process" run "$@"
}

seed='"easy_read_loans" > 0 AND "first_lang" = '"'"'nl'"'"''
# Scored characteristics, then the soft ones (interests, media, buying behaviour).
profile_fields=()
for field in age_class hh_type education income tenure dwelling segment; do
  profile_fields+=("--FIELDS=$field")
done
for field in int_diy int_tv_soaps int_sports int_reading int_gardening media_facebook \
             media_local_paper buy_discount_store buy_online; do
  profile_fields+=("--DESCRIPTIVE_FIELDS=$field")
done
# seed -> profile -> scored households -> wijken -> gemeenten -> provincies -> report,
# with the library system's member file matched by address, and per library service area.
run targetgroup:fullanalysis \
  --HOUSEHOLDS="$demo|layername=households" \
  --SEED="$seed" \
  "${profile_fields[@]}" \
  --PREVALENCE=0.10 \
  --MEMBERS="$root/data/demo/members.csv" \
  --OUTPUT_UNMATCHED_MEMBERS="$out/members_unmatched.csv" \
  --LIBRARIES="$root/data/demo/libraries.gpkg|layername=libraries" \
  --LIBRARY_NAME_FIELD=name \
  --OUTPUT_LIBRARIES="$out/libraries.csv" \
  --OUTPUT_LIBRARY_AREAS="$out/wijk_libraries.gpkg" \
  --OUTPUT_LIBRARY_REPORTS="$out/libraries" \
  --AREAS="$demo|layername=wijk" \
  --MIDDLE_AREAS="$demo|layername=gemeente" \
  --COARSE_AREAS="$demo|layername=provincie" \
  --OUTPUT_PROFILE="$out/profile.json" \
  --OUTPUT_REPORT="$out/report.html" \
  --OUTPUT_HOUSEHOLDS="$out/households_scored.gpkg" \
  --OUTPUT_AREAS="$out/wijk_targetgroup.gpkg" \
  --OUTPUT_MIDDLE_AREAS="$out/gemeente_targetgroup.gpkg" \
  --OUTPUT_COARSE_AREAS="$out/provincie_targetgroup.gpkg"

# The profile's own table and report (index per category, soft characteristics).
run targetgroup:buildprofile \
  --INPUT="$demo|layername=households" \
  --SEED="$seed" \
  "${profile_fields[@]}" \
  --OUTPUT_PROFILE="$out/profile.json" \
  --OUTPUT_TABLE="$out/profile_table.csv" \
  --OUTPUT_HTML="$out/profile.html"

echo
echo "Demo outputs are in $out:"
for file in report.html report_map.png profile.html profile.json profile_table.csv \
            households_scored.gpkg wijk_targetgroup.gpkg gemeente_targetgroup.gpkg provincie_targetgroup.gpkg \
            members_unmatched.csv libraries.csv wijk_libraries.gpkg libraries/index.html; do
  if [ -e "$out/$file" ]; then echo "  $out/$file"; else echo "  MISSING: $out/$file" >&2; exit 1; fi
done
echo "Per library: open libraries/index.html (one report per library service area)."
echo "Open report.html in a browser, or the GeoPackages in QGIS (styles are stored in them)."
