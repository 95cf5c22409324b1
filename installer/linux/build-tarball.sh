#!/usr/bin/env bash
# Package the Linux bundle (dist/evidencija, made by `make bundle`) for a centre's PC:
#
#   installer/linux/build-tarball.sh              → dist/evidencija-<version>-linux-<arch>.tar.gz (+ .sha256)
#   installer/linux/build-tarball.sh --appimage   → also dist/Evidencija-<version>-<arch>.AppImage
#                                                   (needs appimagetool on PATH; without it the
#                                                   AppDir is left in build/ with instructions)
#
# The bundle's own --self-test runs first: a bundle that fails it is not packaged.
# The tarball unpacks to evidencija-<version>/ with install.sh (per user, into ~/.local, no root;
# re-running it with a newer tarball upgrades in place), uninstall.sh (keeps the register unless
# asked), the .desktop file, the hicolor icon set and the bundle itself under app/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
PY="${PY:-.venv/bin/python}"
appimage=0
[ "${1:-}" = "--appimage" ] && appimage=1

version="$(PYTHONPATH=src "$PY" -c 'import evidencija;print(evidencija.__version__)')"  # written once, in the package
arch="$(uname -m)"
bundle="dist/evidencija"
[ -x "$bundle/evidencija" ] || { echo "no $bundle/evidencija: run 'make bundle' first" >&2; exit 1; }
reported="$("$bundle/evidencija" --version)"
[ "$reported" = "evidencija $version" ] || {
  echo "the bundle says '$reported' but pyproject.toml says $version: rebuild it" >&2; exit 1; }

echo "== self-test of $bundle"
QT_QPA_PLATFORM=offscreen "$bundle/evidencija" --self-test

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
name="evidencija-$version"
stage="$work/$name"
mkdir -p "$stage"
cp -a "$bundle" "$stage/app"
cp installer/linux/evidencija.desktop installer/linux/install.sh installer/linux/uninstall.sh "$stage/"
echo "$version" > "$stage/VERSION"
for png in installer/icons/png/evidencija-*.png; do
  size="${png##*-}"; size="${size%.png}"
  mkdir -p "$stage/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$stage/icons/hicolor/${size}x${size}/apps/evidencija.png"
done
mkdir -p "$stage/icons/hicolor/scalable/apps"
cp src/evidencija/ui/evidencija.svg "$stage/icons/hicolor/scalable/apps/evidencija.svg"
cat > "$stage/README.txt" <<EOF
Evidencija $version for Linux ($arch)

Install (for you only, no administrator rights):   ./install.sh
Upgrade: unpack the newer version and run its ./install.sh (the register is kept and upgraded on
first open, after an automatic backup).
Remove the program (the register is kept):          ./uninstall.sh
Check an installation:                              evidencija --self-test
Full guide (Serbian and English): docs/install.md in the source, or the project's documentation.
EOF

tarball="dist/$name-linux-$arch.tar.gz"
tar -C "$work" --owner=0 --group=0 -czf "$tarball" "$name"
(cd dist && sha256sum "$(basename "$tarball")" > "$(basename "$tarball").sha256")
echo "== $tarball ($(du -h "$tarball" | cut -f1))"

if [ "$appimage" = 1 ]; then
  appdir="build/Evidencija.AppDir"
  rm -rf "$appdir"
  mkdir -p "$appdir/usr/lib"
  cp -a "$bundle" "$appdir/usr/lib/evidencija"
  cp installer/linux/evidencija.desktop "$appdir/evidencija.desktop"
  cp installer/icons/png/evidencija-256.png "$appdir/evidencija.png"
  cp installer/icons/png/evidencija-256.png "$appdir/.DirIcon"
  cat > "$appdir/AppRun" <<'EOF'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
exec "$here/usr/lib/evidencija/evidencija" "$@"
EOF
  chmod +x "$appdir/AppRun"
  image="dist/Evidencija-$version-$arch.AppImage"
  if command -v appimagetool >/dev/null; then
    ARCH="$arch" appimagetool --no-appstream "$appdir" "$image"
    echo "== $image"
  else
    echo "appimagetool is not on PATH: the AppDir is in $appdir; make the image with"
    echo "    ARCH=$arch appimagetool --no-appstream $appdir $image"
  fi
fi
