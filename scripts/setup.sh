#!/usr/bin/env bash
# Installs what herald needs on Debian 12 (as root), then configures and builds it in build/.
# Safe to run again: packages already present are not reinstalled, the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake g++ make pkg-config
  libcli11-dev nlohmann-json3-dev libpugixml-dev libutf8proc-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev libcpp-httplib-dev iso-codes
  python3 python3-dev pybind11-dev python3-pybind11 python3-pandas python3-dask python3-distributed
  chromium
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build_type=${HERALD_BUILD_TYPE:-Release}
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" ${HERALD_CMAKE_FLAGS:-} >/dev/null
cmake --build build -j "$(nproc)"
