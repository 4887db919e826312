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
run targetgroup:buildprofile \
  --INPUT="$demo|layername=households" \
  --SEED="$seed" \
  --FIELDS=age_class --FIELDS=hh_type --FIELDS=education --FIELDS=income \
  --FIELDS=tenure --FIELDS=dwelling --FIELDS=segment \
  --DESCRIPTIVE_FIELDS=int_diy --DESCRIPTIVE_FIELDS=int_tv_soaps --DESCRIPTIVE_FIELDS=int_sports \
  --DESCRIPTIVE_FIELDS=int_reading --DESCRIPTIVE_FIELDS=int_gardening --DESCRIPTIVE_FIELDS=media_facebook \
  --DESCRIPTIVE_FIELDS=media_local_paper --DESCRIPTIVE_FIELDS=buy_discount_store --DESCRIPTIVE_FIELDS=buy_online \
  --OUTPUT_PROFILE="$out/profile.json" \
  --OUTPUT_TABLE="$out/profile_table.csv" \
  --OUTPUT_HTML="$out/profile.html"

echo
echo "Demo outputs are in $out:"
ls -1 "$out" | sed 's/^/  /'
