#!/usr/bin/env bash
# Install (or upgrade in place) Evidencija for the current user; no administrator rights needed.
#
#   ./install.sh            into ~/.local  (program in ~/.local/lib/evidencija, command in ~/.local/bin)
#   PREFIX=/opt/x ./install.sh
#
# Only program files are replaced. The register (~/.local/share/evidencija: database, key slots,
# backups) is never touched; the new version upgrades it on first open, after taking a backup.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
lib="$prefix/lib/evidencija"
share="$prefix/share"

if [ -x "$lib/evidencija" ] && pgrep -f "$lib/evidencija" >/dev/null 2>&1; then
  echo "Evidencija is running from $lib: close it first, then run this again." >&2
  exit 1
fi
mkdir -p "$prefix/bin" "$prefix/lib" "$share/applications"
# Replace the whole program folder (files of an older version must not linger).
staging="$(mktemp -d "$prefix/lib/.evidencija-new.XXXXXX")"
cp -a "$here/app/." "$staging/"
rm -rf "$lib.old"
[ -d "$lib" ] && mv "$lib" "$lib.old"
mv "$staging" "$lib"
rm -rf "$lib.old"
ln -sfn "$lib/evidencija" "$prefix/bin/evidencija"

for dir in "$here"/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$dir")")"
  mkdir -p "$share/icons/hicolor/$size/apps"
  cp "$dir"/* "$share/icons/hicolor/$size/apps/"
done
sed "s|^Exec=.*|Exec=$lib/evidencija|" "$here/evidencija.desktop" > "$share/applications/evidencija.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

echo "Evidencija $(cat "$here/VERSION") installed in $lib"
echo "Start it from the applications menu, or run: $prefix/bin/evidencija"
echo "Check the installation: $prefix/bin/evidencija --self-test"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "(add $prefix/bin to PATH to type just 'evidencija')";; esac
