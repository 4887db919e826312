#!/usr/bin/env bash
# Regenerates data/demo/foodvalley.gpkg: the CBS 2023 wijken, gemeenten and
# provincies of the Food Valley region plus 30,000 synthetic households made by
# targetgroup:synthetichouseholds (seed 42, with ground truth), a number per
# wijk that follows its area (the rule below). See
# data/demo/README.md.
#
# Usage: scripts/make-demo-data.sh
# Environment (all optional):
#   CBS_DIR        folder with wijk_2023.gpkg, gemeente_2023.gpkg, provincie_2023.gpkg
#                  (default /work/shared/data/cbs; checksums are verified)
#   BUILD_DIR      CMake build dir for the plugin (default <repo>/build-demo)
#   PLUGIN_PREFIX  an already installed plugin folder parent (skips build and install)
#   OUTPUT         result GeoPackage (default <repo>/data/demo/foodvalley.gpkg)
#   MEMBERS_OUTPUT the demo member file (default <repo>/data/demo/members.csv),
#                  made from the households by scripts/make-demo-members.py
#   QGIS_PROCESS   qgis_process executable (default qgis_process.bin: Debian's
#                  /usr/bin/qgis_process wrapper is broken)
# Needs ogr2ogr (Debian gdal-bin, a dependency of QGIS's Python support).
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CBS_DIR=${CBS_DIR:-/work/shared/data/cbs}
BUILD_DIR=${BUILD_DIR:-$REPO_DIR/build-demo}
OUTPUT=${OUTPUT:-$REPO_DIR/data/demo/foodvalley.gpkg}
MEMBERS_OUTPUT=${MEMBERS_OUTPUT:-$REPO_DIR/data/demo/members.csv}
QGIS_PROCESS=${QGIS_PROCESS:-qgis_process.bin}

HOUSEHOLDS=30000
RANDOM_SEED=42
# Households per wijk (data/demo/README.md, "Households per wijk"): HOUSEHOLDS
# in proportion to weight = A / (1 + (A / TOWN_AREA_KM2)^RURAL_EXPONENT), A the
# wijk's area in km², in whole households by largest remainder (ties by
# statcode). Town wijken (a few km²) hold households at an even density; beyond
# TOWN_AREA_KM2 the count falls as A^(1 - RURAL_EXPONENT): rural wijken.
TOWN_AREA_KM2=5
RURAL_EXPONENT=4
# Food Valley: Ede, Wageningen, Barneveld, Renkum, Rhenen, Veenendaal, Scherpenzeel.
GEMEENTE_NUMBERS="'0228','0289','0203','0274','0340','0345','0279'"
GEMEENTE_CODES="'GM0228','GM0289','GM0203','GM0274','GM0340','GM0345','GM0279'"
PROVINCIE_CODES="'PV25','PV26'" # Gelderland, Utrecht

for tool in ogr2ogr ogrinfo; do
  command -v "$tool" >/dev/null || {
    echo "$tool is needed to compute the households per wijk: install the Debian package gdal-bin" >&2
    exit 1
  }
done

WORK_DIR=$(mktemp -d)
trap 'rm -rf "$WORK_DIR"' EXIT

# The source files must be the ones described in CBS_DIR/README.md.
(
  cd "$CBS_DIR"
  sha256sum --check --quiet <<'EOF'
3389ac05727a5a2a0a41acb806785b4b10f229900b7398a520dfe019b2b52791  provincie_2023.gpkg
d77c953727d3cd40e1beefea6b61e70402cb157c0ae5e93f13578207e3621e77  gemeente_2023.gpkg
a14870eb8f7e8df1f20e5babeb09f194f37fb4cd9c45ac19aef35c18854c4959  wijk_2023.gpkg
EOF
)

if [[ -z "${PLUGIN_PREFIX:-}" ]]; then
  cmake -S "$REPO_DIR" -B "$BUILD_DIR" -G Ninja -DTARGETGROUP_BUILD_BENCH=OFF >/dev/null
  targets=(targetgroup)
  if compgen -G "$REPO_DIR/metadata/i18n/*.ts" >/dev/null; then
    targets+=(targetgroup_translations)
  fi
  cmake --build "$BUILD_DIR" --target "${targets[@]}"
  PLUGIN_PREFIX="$WORK_DIR/plugins"
  cmake --install "$BUILD_DIR" --prefix "$PLUGIN_PREFIX" >/dev/null
fi

# A throw-away QGIS profile, so the user's settings play no part.
export HOME="$WORK_DIR/home"
export QGIS_PLUGINPATH="$PLUGIN_PREFIX"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
"$QGIS_PROCESS" plugins enable targetgroup >/dev/null

run() {
  local algorithm=$1
  shift
  echo "== $algorithm $*" >&2
  "$QGIS_PROCESS" run "$algorithm" -- "$@" >"$WORK_DIR/last-run.txt" 2>&1 || {
    cat "$WORK_DIR/last-run.txt" >&2
    exit 1
  }
}

table() {
  printf "ogr:dbname='%s' table=\"%s\" (geom)" "$OUTPUT" "$1"
}

mkdir -p "$(dirname "$OUTPUT")"
rm -f "$OUTPUT"

# The wijk code is WKggggnn: the gemeente number is characters 3 to 6.
run native:extractbyexpression INPUT="$CBS_DIR/wijk_2023.gpkg|layername=wijk" \
  EXPRESSION="substr(\"statcode\", 3, 4) IN ($GEMEENTE_NUMBERS)" OUTPUT="$(table wijk)"
run native:extractbyexpression INPUT="$CBS_DIR/gemeente_2023.gpkg|layername=gemeente" \
  EXPRESSION="\"statcode\" IN ($GEMEENTE_CODES)" OUTPUT="$(table gemeente)"
run native:extractbyexpression INPUT="$CBS_DIR/provincie_2023.gpkg|layername=provincie" \
  EXPRESSION="\"statcode\" IN ($PROVINCIE_CODES)" OUTPUT="$(table provincie)"

# Households per wijk, in the wijk layer's order (a wijk's position in the
# layer seeds its random streams, so the order must not change).
ogr2ogr -f GPKG -nln wijk "$WORK_DIR/wijk_households.gpkg" "$OUTPUT" -dialect SQLite -sql "
  WITH weights AS (
    SELECT fid, statcode, geom, ST_Area(geom) / 1e6 AS area_km2,
           ST_Area(geom) / 1e6 / (1 + power(ST_Area(geom) / 1e6 / $TOWN_AREA_KM2, $RURAL_EXPONENT)) AS weight
    FROM wijk),
  quotas AS (
    SELECT *, $HOUSEHOLDS * weight / SUM(weight) OVER () AS quota FROM weights),
  ranked AS (
    SELECT *, CAST(quota AS INTEGER) AS whole,
           ROW_NUMBER() OVER (ORDER BY quota - CAST(quota AS INTEGER) DESC, statcode) AS remainder_rank
    FROM quotas)
  SELECT statcode, area_km2, weight, quota,
         whole + (remainder_rank <= $HOUSEHOLDS - SUM(whole) OVER ()) AS households, geom
  FROM ranked ORDER BY fid"
statcodes() { ogrinfo -ro -q -sql "SELECT statcode FROM wijk ORDER BY fid" "$1" | sed -n 's/^ *statcode (String) = //p'; }
if [[ "$(statcodes "$OUTPUT")" != "$(statcodes "$WORK_DIR/wijk_households.gpkg")" ]]; then
  echo "The wijken with households per wijk are not in the order of the wijk layer" >&2
  exit 1
fi
run targetgroup:synthetichouseholds AREAS="$WORK_DIR/wijk_households.gpkg|layername=wijk" COUNT_FIELD=households \
  RANDOM_SEED=$RANDOM_SEED GROUND_TRUTH=true OUTPUT="$(table households)"
grep -E "HOUSEHOLD_COUNT" "$WORK_DIR/last-run.txt" >&2 || true

if command -v sqlite3 >/dev/null; then
  sqlite3 "$OUTPUT" "VACUUM;"
  sqlite3 "$OUTPUT" "SELECT 'wijk', COUNT(*) FROM wijk UNION ALL SELECT 'gemeente', COUNT(*) FROM gemeente
    UNION ALL SELECT 'provincie', COUNT(*) FROM provincie UNION ALL SELECT 'households', COUNT(*) FROM households
    UNION ALL SELECT 'seed (easy_read_loans > 0 AND first_lang = nl)', COUNT(*) FROM households WHERE easy_read_loans > 0 AND first_lang = 'nl'
    UNION ALL SELECT 'tg_truth = 1', SUM(tg_truth) FROM households;" >&2
  sqlite3 "$OUTPUT" "SELECT 'households per wijk: min ' || MIN(n) || ', max ' || MAX(n) || ', wijken below 10: ' || SUM(n < 10)
    FROM (SELECT w.statcode, COUNT(h.fid) AS n FROM wijk w LEFT JOIN households h ON h.area_code = w.statcode GROUP BY w.statcode);" >&2
fi
# The member file, as a library system exports it, of the member households.
python3 "$REPO_DIR/scripts/make-demo-members.py" "$OUTPUT" "$MEMBERS_OUTPUT"
echo "Wrote $OUTPUT and $MEMBERS_OUTPUT" >&2

# Library service areas for targetgroup:libraryreport (data/demo/libraries.gpkg),
# made from the gemeenten just written.
"$REPO_DIR/scripts/make-demo-libraries.sh" "$OUTPUT" "$(dirname "$OUTPUT")/libraries.gpkg"
