#!/usr/bin/env bash
# The project's one test command: bash scripts/test.sh [extra maven args]
# Installs promtool/amtool if missing, then runs the full Maven build with every check.
# CI=true is exported unless CI is already set, so a local run is as strict as CI: a generated/
# folder that differs from what the builders render fails the build instead of being rewritten.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

bash scripts/install-tools.sh

export CI="${CI:-true}"
echo "test: CI=$CI; running mvn -B -ntp verify${*:+ $*} in $repo_root"
exec mvn -B -ntp verify "$@"
