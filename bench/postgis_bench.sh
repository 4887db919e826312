#!/usr/bin/env bash
# PostGIS against GeoPackage: the same 1,000,000 households (the 30,000 demo
# households, repeated with new ids) read by targetgroup:buildprofile and
# targetgroup:aggregateareas through qgis_process.bin, once from a GeoPackage
# and once from PostGIS (QGIS's postgres provider, over the Unix socket of a
# local server), in the same run. Prints a Markdown table: seconds, peak RSS
# and the PostGIS / GeoPackage ratio per algorithm.
#
#   bench/postgis_bench.sh [build-dir] [households]
#
# Uses the server in TARGETGROUP_TEST_PG_* when given (scripts/postgis-cluster.sh
# start prints them), else starts a throw-away cluster and removes it after.
# Needs the build (cmake --build build) and the PostGIS packages
# (scripts/install-deps.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
households="${2:-1000000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/tg-pgbench.XXXXXX")"
own_cluster=""
cleanup() {
  [ -z "$own_cluster" ] || "$root/scripts/postgis-cluster.sh" stop "$own_cluster" || true
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${TARGETGROUP_TEST_PG_HOST:-}" ]; then
  eval "$("$root/scripts/postgis-cluster.sh" start)"
  own_cluster="$TARGETGROUP_TEST_PG_DIR"
fi
(umask 077 && printf '*:%s:*:%s:%s\n' "$TARGETGROUP_TEST_PG_PORT" "$TARGETGROUP_TEST_PG_USER" "$(cat "$TARGETGROUP_TEST_PG_PASSWORD_FILE")" >"$work/pgpass")
export PGPASSFILE="$work/pgpass"
connection="dbname='$TARGETGROUP_TEST_PG_DBNAME' host=$TARGETGROUP_TEST_PG_HOST port=$TARGETGROUP_TEST_PG_PORT user='$TARGETGROUP_TEST_PG_USER'"
psql_run() { psql -X -q -v ON_ERROR_STOP=1 -At -h "$TARGETGROUP_TEST_PG_HOST" -p "$TARGETGROUP_TEST_PG_PORT" -U "$TARGETGROUP_TEST_PG_USER" -d "$TARGETGROUP_TEST_PG_DBNAME" "$@"; }

# The plugin, installed and enabled in a throw-away QGIS profile.
cmake --install "$build" --prefix "$work/plugins" >/dev/null
mkdir -p "$work/home" && chmod 0700 "$work/home"
export QGIS_PLUGINPATH="$work/plugins" HOME="$work/home" QGIS_CUSTOM_CONFIG_PATH="$work/home" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/home"
qgis_process.bin plugins enable targetgroup >/dev/null 2>&1

# The households: the demo's, repeated with new ids, in PostGIS and in a GeoPackage.
demo="$root/data/demo/foodvalley.gpkg"
for layer in households wijk; do
  ogr2ogr -f PostgreSQL "PG:$connection" "$demo" "$layer" -nln "bench_$layer" -overwrite \
    -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=GIST
done
columns="$(psql_run -c "SELECT string_agg('h.' || quote_ident(column_name), ',' ORDER BY ordinal_position) FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = 'bench_households' AND column_name NOT IN ('fid', 'hh_id')")"
psql_run -c "DROP TABLE IF EXISTS public.bench_households_big" \
  -c "CREATE TABLE public.bench_households_big AS
        SELECT (row_number() OVER ())::int AS fid, h.hh_id + 1000000 * copy AS hh_id, $columns
        FROM public.bench_households h CROSS JOIN generate_series(0, ceil($households / 30000.0)::int) AS copy
        ORDER BY copy, h.fid LIMIT $households" \
  -c "ALTER TABLE public.bench_households_big ADD PRIMARY KEY (fid)" \
  -c "CREATE INDEX ON public.bench_households_big USING gist (geom)" \
  -c "ANALYZE public.bench_households_big"
ogr2ogr -f GPKG "$work/bench.gpkg" "PG:$connection" bench_households_big -nln households
ogr2ogr -f GPKG -update "$work/bench.gpkg" "$demo" wijk -nln wijk

gpkg_households="$work/bench.gpkg|layername=households"
gpkg_wijk="$work/bench.gpkg|layername=wijk"
pg_households="postgres://$connection table=\"public\".\"bench_households_big\" (geom)"
pg_wijk="postgres://$connection table=\"public\".\"bench_wijk\" (geom)"

# seconds and peak RSS (MB) of one qgis_process run
measure() {
  local label="$1"
  shift
  /usr/bin/time -f '%e %M' -o "$work/time" qgis_process.bin run "$@" >"$work/$label.log" 2>&1 || {
    echo "postgis_bench: $label failed:" >&2
    tail -20 "$work/$label.log" >&2
    exit 1
  }
  awk '{ printf "%.1f %d\n", $1, $2 / 1024 }' "$work/time"
}

profile_arguments=(--SEED='"easy_read_loans" > 0 AND "first_lang" = '"'nl'" --FIELDS=age_class --FIELDS=education --FIELDS=income --FIELDS=tenure
  --OUTPUT_PROFILE="$work/profile.json" --OUTPUT_TABLE=TEMPORARY_OUTPUT)
aggregate_arguments=(--PROB_FIELD=tg_truth --REF_FIELD=tg_truth --MEMBER='"is_member" = 1' --OUTPUT=TEMPORARY_OUTPUT)

read -r profile_gpkg_s profile_gpkg_mb < <(measure profile_gpkg targetgroup:buildprofile --INPUT="$gpkg_households" "${profile_arguments[@]}")
read -r profile_pg_s profile_pg_mb < <(measure profile_pg targetgroup:buildprofile --INPUT="$pg_households" "${profile_arguments[@]}")
read -r aggregate_gpkg_s aggregate_gpkg_mb < <(measure aggregate_gpkg targetgroup:aggregateareas --INPUT="$gpkg_households" --AREAS="$gpkg_wijk" "${aggregate_arguments[@]}")
read -r aggregate_pg_s aggregate_pg_mb < <(measure aggregate_pg targetgroup:aggregateareas --INPUT="$pg_households" --AREAS="$pg_wijk" "${aggregate_arguments[@]}")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "$households households, $(nproc) cores, PostgreSQL $(psql_run -c 'SHOW server_version') over a Unix socket, QGIS $(qgis_process.bin --version 2>/dev/null | grep -m1 QGIS | awk '{ print $2 }')"
echo
echo "| algorithm | GeoPackage s | PostGIS s | PostGIS / GeoPackage | peak RSS GeoPackage / PostGIS |"
echo "|---|---:|---:|---:|---:|"
echo "| \`targetgroup:buildprofile\` (2 passes, 4 fields + SEED) | $profile_gpkg_s | $profile_pg_s | $(ratio "$profile_pg_s" "$profile_gpkg_s")× | $profile_gpkg_mb / $profile_pg_mb MB |"
echo "| \`targetgroup:aggregateareas\` (wijken, MEMBER) | $aggregate_gpkg_s | $aggregate_pg_s | $(ratio "$aggregate_pg_s" "$aggregate_gpkg_s")× | $aggregate_gpkg_mb / $aggregate_pg_mb MB |"
psql_run -c "DROP TABLE IF EXISTS public.bench_households_big, public.bench_households, public.bench_wijk" >/dev/null
