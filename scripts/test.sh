#!/usr/bin/env bash
# Build the project and run every test. Usage:
#
#   scripts/test.sh [--normal] [--sanitize] [--fuzz] [build-dir]
#
# Without a mode flag all three run, one after the other (what CI does):
#   --normal    build-dir (default: build/): everything; engine, in-process QGIS,
#               loader and end-to-end tests through qgis_process.bin (ctest),
#               the PostGIS tests against a throw-away PostgreSQL + PostGIS
#               cluster (scripts/postgis-cluster.sh), removed afterwards
#   --sanitize  build-dir-sanitize: engine_tests and algorithm_tests built with
#               AddressSanitizer + UndefinedBehaviorSanitizer (TARGETGROUP_SANITIZE)
#   --fuzz      build-dir-fuzz: the libFuzzer targets of tests/fuzz/, built with
#               clang (TARGETGROUP_FUZZ), each a fixed sequence (seed 1) of at most FUZZ_SECONDS (default 120)
#               from its committed corpus; any finding fails
# Each step prints how long it took.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

modes=()
build=""
for argument in "$@"; do
  case "$argument" in
    --normal | --sanitize | --fuzz) modes+=("${argument#--}") ;;
    -h | --help)
      sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    -*)
      echo "test.sh: unknown option $argument (see --help)" >&2
      exit 2
      ;;
    *) build="$argument" ;;
  esac
done
[ ${#modes[@]} -gt 0 ] || modes=(normal sanitize fuzz)
build="${build:-$root/build}"

"$root/scripts/install-deps.sh"
# ccache: share compiled objects between clones of the tree (CI builds a fresh clone).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
export QT_QPA_PLATFORM=offscreen
jobs="$(nproc)"

# The PostGIS tests (postgis_tests) get a live server: a cluster in a
# temporary folder, stopped and removed when the script ends, also when a test
# fails or the run is interrupted.
postgis_cluster=""
stop_postgis_cluster() {
  [ -z "$postgis_cluster" ] || "$root/scripts/postgis-cluster.sh" stop "$postgis_cluster" || true
  postgis_cluster=""
}
trap stop_postgis_cluster EXIT
trap 'exit 130' INT TERM

run_normal() {
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$build" --parallel "$jobs"
  local cluster_environment
  cluster_environment="$("$root/scripts/postgis-cluster.sh" start)"
  eval "$cluster_environment"
  postgis_cluster="$TARGETGROUP_TEST_PG_DIR"
  (cd "$build" && ctest --output-on-failure --timeout 1800)
  stop_postgis_cluster
}

# Only what the sanitizer suites need; e2e stays in the normal build
# (qgis_process.bin is not instrumented). Options for ASan, UBSan and LSan
# are set per test in tests/CMakeLists.txt.
run_sanitize() {
  local dir="$build-sanitize"
  cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTARGETGROUP_SANITIZE=ON -DTARGETGROUP_BUILD_BENCH=OFF
  cmake --build "$dir" --parallel "$jobs" --target engine_tests algorithm_tests
  (cd "$dir" && ctest --output-on-failure --timeout 1800 -R '^(engine\.|algorithm_tests$)')
}

run_fuzz() {
  local dir="$build-fuzz"
  CXX=clang++ cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTARGETGROUP_FUZZ=ON -DTARGETGROUP_BUILD_BENCH=OFF \
    -DTARGETGROUP_FUZZ_SECONDS="${FUZZ_SECONDS:-120}" -DTARGETGROUP_FUZZ_SEED="${FUZZ_SEED:-1}"
  cmake --build "$dir" --parallel "$jobs" --target fuzzers
  # the targets fuzz side by side, one per core
  (cd "$dir" && ctest --output-on-failure -L fuzz --parallel "$jobs")
}

for mode in "${modes[@]}"; do
  started=$SECONDS
  echo "test.sh: --- $mode ---"
  "run_$mode"
  echo "test.sh: $mode passed in $((SECONDS - started)) s"
done
