#!/usr/bin/env bash
# Installs everything targetgroup needs to build, test and run, from Debian's
# packages (Debian 12: QGIS 3.22 on Qt 5; clang for the fuzz targets). Run as
# root. Safe to re-run.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config binutils
  qgis qgis-providers python3-qgis libqgis-dev
  qtbase5-dev qttools5-dev qttools5-dev-tools libqt5svg5-dev
  libgtest-dev googletest zip
  xvfb xauth
  # the fuzz build (scripts/test.sh --fuzz): clang 14 and its runtime (libFuzzer, ASan, UBSan)
  clang libclang-rt-14-dev
  # the PostGIS tests (tests/postgis/): a throw-away PostgreSQL 15 + PostGIS 3
  # cluster (scripts/postgis-cluster.sh), the demo data loaded with ogr2ogr
  postgresql-15 postgresql-15-postgis-3 postgresql-client-15 gdal-bin python3
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
