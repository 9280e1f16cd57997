#!/usr/bin/env bash
# Runs every test of the pack on a fresh machine: installs the Debian packages the tests start as real
# servers (listed in build/test-packages.txt), then builds and tests the whole solution.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
while read -r package; do
  [[ -z "$package" || "$package" == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || packages+=("$package")
done < build/test-packages.txt

if ((${#packages[@]} > 0)); then
  echo "Installing test dependencies: ${packages[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# npm servers the tests start (s3rver), from the committed lock file, into a folder git ignores.
if [[ ! -d build/test-npm/node_modules ]]; then
  echo "Installing npm test servers (build/test-npm)"
  npm ci --prefix build/test-npm --no-audit --no-fund >/dev/null
fi

dotnet build Connectors.sln -c Release -nologo -clp:ErrorsOnly
log=$(mktemp)
status=0
dotnet test Connectors.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test projects.
awk -F'[:,]' '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { gsub(/ /, "", $i); if ($i ~ /Failed$/) f += $(i+1); if ($i == "Passed") p += $(i+1); if ($i == "Skipped") s += $(i+1) } }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
