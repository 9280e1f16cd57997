#!/usr/bin/env bash
# Runs the connectors host on the embedded defaults: profiles and listeners from samples/operations,
# state in SQLite under .state/. Extra arguments go to `connectors serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project sdk/Connectors.Host -c Release -- serve --operations samples/operations --state .state "$@"
