#!/usr/bin/env bash
# Rebuilds the reference report committed in docs/reports/reference/: the annual review of the demo
# province Sơn La (14) for 2025, written by `ictmon report annual` on a fresh demo database, converted
# by LibreOffice (Writer) to PDF and rendered to PNG pages by pdftoppm. Needs soffice and pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/ictmon-reference.XXXXXX)
trap 'rm -rf "$dir"' EXIT
out=docs/reports/reference
node bin/ictmon.js --data-dir "$dir/data" demo >/dev/null
node bin/ictmon.js --data-dir "$dir/data" report annual --province 14 --year 2025 --format docx \
  --out "$dir/bao-cao-tong-ket-14-2025.docx" --date 2026-01-15 --number 15 --compare-year 2018 \
  --signer-authority "KT. GIÁM ĐỐC" --signer-position "PHÓ GIÁM ĐỐC" --signer-name "Nguyễn Văn A" --no-progress
soffice --headless --norestore "-env:UserInstallation=file://$dir/lo" --convert-to pdf --outdir "$dir" "$dir/bao-cao-tong-ket-14-2025.docx" >/dev/null
rm -rf "$out" && mkdir -p "$out"
cp "$dir/bao-cao-tong-ket-14-2025.docx" "$out/"
pdftoppm -r 72 -png "$dir/bao-cao-tong-ket-14-2025.pdf" "$out/trang"
ls "$out"
