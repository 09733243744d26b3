#!/usr/bin/env bash
# Installs the named Debian/Ubuntu packages that are not installed yet, saying what it does.
# Uses sudo when not root. On macOS it prints the Homebrew command instead.
set -euo pipefail

if [[ "$(uname -s)" == "Darwin" ]]; then
  echo "==> on macOS, install the libraries with: brew install espeak-ng lame libxml2 cmark pkg-config"
  exit 0
fi

missing=()
for package in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "==> packages present: $*"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    echo "error: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "==> installing with apt-get: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "==> installed: ${missing[*]}"
