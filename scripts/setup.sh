#!/usr/bin/env bash
# Prepare a machine to run sohoa: Debian packages (installed when run as root, else listed),
# a virtual environment in .venv, and the Python packages (wheels cached under .cache/).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3 python3-venv python3-pip tesseract-ocr tesseract-ocr-vie tesseract-ocr-script-viet
              tesseract-ocr-osd fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito fonts-noto-mono
              fonts-texgyre fonts-sil-charis fonts-sil-andika fonts-freefont-ttf fonts-open-sans
              fonts-linuxlibertine fonts-lato fonts-sil-gentiumplus fonts-roboto-unhinted fonts-noto-core
              fonts-ebgaramond fonts-inter fonts-vollkorn fonts-manrope fonts-jetbrains-mono
              fonts-junicode fonts-cantarell fonts-comfortaa
              poppler-utils softhsm2
              chromium)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian packages: ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "sohoa needs these Debian packages, which are missing: ${missing[*]}" >&2
    echo "install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

CACHE="${SOHOA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sohoa}"
export PIP_CACHE_DIR="$CACHE/pip"
export PIP_DISABLE_PIP_VERSION_CHECK=1
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.sohoa-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e '.[dev]'
  touch "$stamp"
fi
