#!/usr/bin/env bash
# Writes data/demo/libraries.gpkg: four invented library service areas in the
# Food Valley for targetgroup:libraryreport, made from the wijken of
# data/demo/foodvalley.gpkg (see data/demo/README.md, "Library service areas").
#   libraries           polygons: the wijken of each library's gemeenten
#                       dissolved (name), so their boundaries follow the wijken
#   library_gemeenten   a table without geometry: the same libraries as lists of
#                       gemeente codes (name, GM_CODES)
#
# Usage: scripts/make-demo-libraries.sh [foodvalley.gpkg [libraries.gpkg]]
# Needs ogr2ogr with SpatiaLite (Debian gdal-bin).
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SOURCE=${1:-$REPO_DIR/data/demo/foodvalley.gpkg}
TARGET=${2:-$REPO_DIR/data/demo/libraries.gpkg}

# name|gemeente codes, in the order of the feature ids (ids 1..4).
LIBRARIES=(
  "Bibliotheek Ede|GM0228"
  "Bibliotheek Barneveld-Scherpenzeel|GM0203,GM0279"
  "Bibliotheek Veenendaal-Rhenen|GM0345,GM0340"
  "Bibliotheek Wageningen-Renkum|GM0289,GM0274"
)

polygons=""
codes=""
for entry in "${LIBRARIES[@]}"; do
  name=${entry%%|*}
  list=${entry#*|}
  quoted="'${list//,/\',\'}'"
  [[ -n "$polygons" ]] && polygons+=" UNION ALL "
  [[ -n "$codes" ]] && codes+=" UNION ALL "
  polygons+="SELECT '$name' AS name, CastToMultiPolygon(ST_Union(geom)) AS geom FROM wijk WHERE 'GM' || substr(statcode, 3, 4) IN ($quoted)"
  codes+="SELECT '$name' AS name, '$list' AS GM_CODES"
done

rm -f "$TARGET"
ogr2ogr -f GPKG "$TARGET" "$SOURCE" -dialect SQLite -sql "$polygons" -nln libraries -nlt MULTIPOLYGON -a_srs EPSG:28992
ogr2ogr -f GPKG -update "$TARGET" "$SOURCE" -dialect SQLite -sql "$codes" -nln library_gemeenten -nlt NONE
echo "Wrote $TARGET" >&2
