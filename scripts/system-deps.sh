#!/usr/bin/env bash
# Install the Debian packages a part of the project needs, if any is missing.
#   scripts/system-deps.sh pdf          libraries and fonts WeasyPrint renders certificates with
#   scripts/system-deps.sh pdf-tools    pdftotext, pdftoppm and zbarimg, which the tests read PDFs with
#   scripts/system-deps.sh browser      Chromium for the real-browser journeys, Node.js for axe-core
#   scripts/system-deps.sh redis        Redis (Celery broker and cache)
#   scripts/system-deps.sh saml         xmlsec1, which pysaml2 checks agencies' SAML signatures with
# Runs apt-get as root (or through sudo); does nothing when everything is already there.
set -euo pipefail

packages=()
for group in "$@"; do
  case "$group" in
    pdf) packages+=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core) ;;
    pdf-tools) packages+=(poppler-utils zbar-tools) ;;
    redis) packages+=(redis-server) ;;
    saml) packages+=(xmlsec1) ;;
    browser)
      packages+=(chromium fonts-dejavu-core)
      command -v npm >/dev/null || packages+=(nodejs npm)
      ;;
    *) echo "unknown group: $group" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}" >&2
apt=(apt-get)
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null; then apt=(sudo apt-get); else
    echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update -qq >&2
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
