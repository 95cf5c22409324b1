"""Render the application icon set from `evidencija.svg` with Qt alone (no Pillow, no Inkscape).

    QT_QPA_PLATFORM=offscreen python installer/icons/make_icons.py

Writes, beside this file:
  png/evidencija-<N>.png   N = 16 24 32 48 64 128 256 (Linux hicolor sizes; the tarball uses them)
  evidencija.ico           Windows: the same sizes as PNG-compressed entries (Vista and later)
  evidencija.icns          macOS: 16 … 1024 as PNG entries (icp4 … ic10)

The outputs are committed, so building a bundle does not need this script; run it after changing
the SVG. The ICO and ICNS containers are written here by hand: Qt's own ico/icns writers store
one image per file, and an application icon needs every size.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
SVG = HERE.parents[1] / "src" / "evidencija" / "ui" / "evidencija.svg"  # the one source, shipped in the package
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = PNG_SIZES
# OSType of each ICNS entry and its pixel size (the @2x types share a size with the next one up).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY per size + PNG payloads (a width/height of 0 means 256)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        png = images[size]
        dim = 0 if size >= 256 else size
        where = offset + len(payload)
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), where)
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        ostype + struct.pack(">I", 8 + len(images[size])) + images[size]
        for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG for Qt")
    wanted = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _t, s in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in wanted}
    png_dir = HERE / "png"
    png_dir.mkdir(exist_ok=True)
    for size in PNG_SIZES:
        (png_dir / f"evidencija-{size}.png").write_bytes(images[size])
    (HERE / "evidencija.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (HERE / "evidencija.icns").write_bytes(icns(images))
    del app
    sys.stdout.write(f"wrote {len(PNG_SIZES)} PNGs, evidencija.ico and evidencija.icns in {HERE}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
