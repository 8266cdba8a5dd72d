"""Render the application icon from its SVG source into every file that ships it.

    python scripts/make_icons.py            # write the PNGs, the .ico and the .icns
    python scripts/make_icons.py --check    # exit 1 if a committed file drifted from the SVG

Sources: resources/icons/okr-workshop.svg, and okr-workshop-16.svg, the same drawing
redrawn on the 16 px grid for that size only (scaled down, the large one blurs). Outputs
(committed, small):
- resources/icons/okr-workshop-<size>.png for the window and the Linux hicolor theme;
- packaging/windows/okr-workshop.ico (16 to 256 px, each size rendered, not scaled down);
- packaging/macos/okr-workshop.icns (32 to 1024 px).

Qt's SVG renderer draws each size from the vector source (small sizes stay sharp); Pillow,
which reportlab already brings, writes the PNG, .ico and .icns containers. --check
compares pixels, not bytes, so another zlib or Qt patch release does not fail it.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("resources/icons/okr-workshop.svg")
SMALL_SOURCE = Path("resources/icons/okr-workshop-16.svg")
SMALL_SIZES = (16,)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
ICO = Path("packaging/windows/okr-workshop.ico")
ICNS = Path("packaging/macos/okr-workshop.icns")
# Largest difference of one channel (0-255) --check accepts, and largest mean difference:
# anti-aliasing may move by a step between Qt versions; a changed drawing moves far more.
MAX_CHANNEL_STEP = 48
MAX_MEAN_STEP = 1.0


def png_path(size: int) -> Path:
    return Path("resources/icons") / f"okr-workshop-{size}.png"


def render(svg: bytes, size: int):
    """The icon drawn at size x size pixels, as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # QPainter needs an application object; none of a window system.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication([])  # kept alive for the next sizes
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon's SVG source cannot be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    straight = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(straight.constBits())[: straight.sizeInBytes()]
    return Image.frombuffer(
        "RGBA", (size, size), data, "raw", "RGBA", straight.bytesPerLine(), 1
    ).copy()


def outputs(root: Path) -> dict[Path, bytes]:
    """Every generated file (relative to the checkout) and its bytes."""
    svg, small = (root / SOURCE).read_bytes(), (root / SMALL_SOURCE).read_bytes()
    images = {
        size: render(small if size in SMALL_SIZES else svg, size)
        for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})
    }
    files: dict[Path, bytes] = {}
    for size in PNG_SIZES:
        files[png_path(size)] = _encoded(images[size], "PNG")
    largest_ico = images[max(ICO_SIZES)]
    files[ICO] = _encoded(
        largest_ico,
        "ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES],
    )
    files[ICNS] = _encoded(
        images[max(ICNS_SIZES)], "ICNS", append_images=[images[size] for size in ICNS_SIZES]
    )
    return files


def _encoded(image, image_format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def frames(data: bytes) -> dict[int, object]:
    """Each size an image file holds (one for a PNG, several for .ico/.icns), as RGBA."""
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    if image.format == "PNG":
        return {image.width: image.convert("RGBA")}
    found = {}
    if image.format == "ICO":
        for width, height in image.info["sizes"]:
            image.size = (width, height)
            found[width] = image.convert("RGBA")
    elif image.format == "ICNS":
        for width, height, scale in image.info["sizes"]:
            found[width * scale] = image.icns.getimage((width, height, scale)).convert("RGBA")
    return found


def differences(expected: bytes, actual: bytes) -> str:
    """Why two image files do not show the same icon; empty when they do."""
    from PIL import ImageChops, ImageStat

    want, have = frames(expected), frames(actual)
    if set(want) != set(have):
        return f"sizes {sorted(have)} instead of {sorted(want)}"
    for size, image in sorted(want.items()):
        other = have[size]
        if other.size != image.size:
            return f"{size} px frame is {other.size}"
        delta = ImageChops.difference(image, other)
        largest = max(high for _low, high in delta.getextrema())
        mean = max(ImageStat.Stat(delta).mean)
        if largest > MAX_CHANNEL_STEP or mean > MAX_MEAN_STEP:
            return f"{size} px pixels differ (largest step {largest}, mean {mean:.2f})"
    return ""


def check(root: Path) -> list[str]:
    """A sentence for each generated file that is missing or no longer matches the SVG."""
    problems = []
    for path, data in outputs(root).items():
        target = root / path
        if not target.is_file():
            problems.append(f"{path}: missing")
            continue
        why = differences(data, target.read_bytes())
        if why:
            problems.append(f"{path}: {why}")
    return problems


def write(root: Path) -> Iterable[Path]:
    for path, data in outputs(root).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare the committed files with the SVG"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to work in")
    options = parser.parse_args(argv)
    if options.check:
        problems = check(options.root)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("Regenerate them: python scripts/make_icons.py", file=sys.stderr)
        return 1 if problems else 0
    for path in write(options.root):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
