#!/usr/bin/env bash
# Validates docker-compose.yml with docker-compose (Debian's 1.29, which
# checks the file against the Compose Specification schema). No Docker
# engine is needed: `config` only parses, interpolates and validates.
#
# When docker-compose is missing it is installed with apt-get, but only when
# running as root on a machine with apt-get; otherwise the check is skipped
# (exit 0) with a message saying so.
#
# Usage: .ci/check-compose.sh [compose-file]   (default: docker-compose.yml
# in the repository root; a relative path is taken from the repository root)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
file="${1:-docker-compose.yml}"

if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "check-compose: docker-compose not found, installing it with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    log="$(mktemp)"
    if ! { apt-get update -qq && apt-get install -y -qq docker-compose; } >"$log" 2>&1; then
      echo "check-compose: FAILED to install docker-compose with apt-get:" >&2
      sed 's/^/  /' "$log" >&2
      rm -f "$log"
      exit 1
    fi
    rm -f "$log"
  else
    echo "check-compose: SKIPPED, docker-compose is not installed and cannot be installed here (needs root and apt-get)"
    exit 0
  fi
fi

if [ ! -f "$file" ]; then
  echo "check-compose: FAILED, $file not found (in $(pwd))" >&2
  exit 1
fi

# The file gives every ${VAR} a default, so this needs no environment.
if output="$(docker-compose -f "$file" config -q 2>&1)"; then
  echo "check-compose: OK, $file is valid ($(docker-compose version --short 2>/dev/null || echo docker-compose))"
else
  status=$?
  echo "check-compose: FAILED, $file is not a valid Compose file:" >&2
  printf '%s\n' "$output" | sed 's/^/  /' >&2
  exit "$status"
fi
