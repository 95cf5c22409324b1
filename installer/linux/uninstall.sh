#!/usr/bin/env bash
# Remove Evidencija's program files for the current user. The register is KEPT unless you ask:
#
#   ./uninstall.sh                    program only; ~/.local/share/evidencija stays
#   ./uninstall.sh --delete-register  also the register and its backups (asks for confirmation)
set -euo pipefail
prefix="${PREFIX:-$HOME/.local}"
share="$prefix/share"
data="${XDG_DATA_HOME:-$HOME/.local/share}/evidencija"

rm -rf "$prefix/lib/evidencija"
[ -L "$prefix/bin/evidencija" ] && rm -f "$prefix/bin/evidencija"
rm -f "$share/applications/evidencija.desktop"
rm -f "$share"/icons/hicolor/*/apps/evidencija.png "$share"/icons/hicolor/scalable/apps/evidencija.svg
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
echo "Evidencija's program files were removed."

if [ "${1:-}" = "--delete-register" ] && [ -d "$data" ]; then
  read -r -p "Delete the register in $data for good (all records, key slots and backups)? Type DELETE: " answer
  if [ "$answer" = "DELETE" ]; then
    rm -rf "$data"
    echo "The register was deleted."
    exit 0
  fi
fi
[ -d "$data" ] && echo "The register was kept: $data"
exit 0
