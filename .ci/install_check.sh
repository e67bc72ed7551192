#!/usr/bin/env bash
# A user's install: a new venv with the pip that Python 3.11 bundles (no upgrade), a plain
# (non-editable) install of the package, then one extraction of a seed article.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3.11 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip --version
"$tmp/venv/bin/python" -m pip install --quiet . 
seed="$(ls ../shared/seeds/*.txt 2>/dev/null | head -1 || true)"
if [ -z "$seed" ]; then
  seed="$tmp/seed.txt"
  printf 'Samarinda - Pemerintah Provinsi Kalimantan Timur menandatangani nota kesepahaman dengan Pemerintah Kota Balikpapan, Selasa (5/3/2024).\n' > "$seed"
fi
"$tmp/venv/bin/kerjasama" extract "$seed" | "$tmp/venv/bin/python" -c 'import json,sys; r=json.loads(sys.stdin.readline()); assert r["is_cooperation"], r; print("install check: extract works with the bundled pip")'
