#!/usr/bin/env python3
"""Draws the app icons in assets/icons/ from the design of assets/favicon.svg.

Run by hand after changing the design (`python3 scripts/icons.py`); the PNGs it writes are
committed, so neither the build nor the tests need Pillow. It needs Pillow, and uses the
lossless optimiser oxipng (`pip install pyoxipng`) when it is installed.

The favicon is a green square with rounded corners (rx 7 on a 32-unit grid) and a white
"G": an arc of radius 8 and a bar, stroked 3.2 units wide with round caps. That is drawn
here from the same numbers, 8x oversampled and then reduced, which anti-aliases the edges:

- icon-192.png, icon-512.png: the favicon itself (`purpose: "any"`), transparent corners;
- icon-maskable-512.png: the green to every edge (a launcher crops it to its own shape)
  and the G inside the safe zone, the centred circle of 40% of the size in radius;
- apple-touch-icon.png (180 px): full bleed too, as iOS rounds the corners itself and
  would fill transparent ones with black.
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

# From assets/favicon.svg.
GRID = 32
CORNER = 7
GREEN = (0x0B, 0x6E, 0x4F)
WHITE = (0xFF, 0xFF, 0xFF)
STROKE = 3.2
# M22.5 11.5 a8 8 0 1 0 1.3 6 H16
ARC_START = (22.5, 11.5)
ARC_END = (22.5 + 1.3, 11.5 + 6)
ARC_RADIUS = 8.0
LARGE_ARC, SWEEP = True, False
BAR_END = (16.0, ARC_END[1])

OVERSAMPLE = 8
SAFE_ZONE = 0.4
OUT = Path(__file__).resolve().parent.parent / "assets" / "icons"


def arc_points(start, end, radius, large_arc, sweep, step):
    """Points along an SVG circular arc, at most `step` units apart (SVG spec, F.6.5)."""
    (x1, y1), (x2, y2) = start, end
    hx, hy = (x1 - x2) / 2, (y1 - y2) / 2
    half = math.hypot(hx, hy)
    radius = max(radius, half)
    k = math.sqrt(max(0.0, radius * radius - half * half)) / half
    if large_arc == sweep:
        k = -k
    cx, cy = k * hy + (x1 + x2) / 2, -k * hx + (y1 + y2) / 2
    a1 = math.atan2(y1 - cy, x1 - cx)
    delta = math.atan2(y2 - cy, x2 - cx) - a1
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    n = max(2, math.ceil(abs(delta) * radius / step))
    return [(cx + radius * math.cos(a1 + delta * i / n), cy + radius * math.sin(a1 + delta * i / n)) for i in range(n + 1)]


def line_points(start, end, step):
    (x1, y1), (x2, y2) = start, end
    n = max(2, math.ceil(math.hypot(x2 - x1, y2 - y1) / step))
    return [(x1 + (x2 - x1) * i / n, y1 + (y2 - y1) * i / n) for i in range(n + 1)]


def glyph_mask(size):
    """The G's coverage at `size` px, in the favicon's proportions, as an "L" image.

    A stroke with round caps and joins is exactly the union of discs along its path, so
    the path is stamped with a disc every eighth of an output pixel."""
    big = size * OVERSAMPLE
    scale = big / GRID
    step = 1 / (8 * scale / OVERSAMPLE)
    path = arc_points(ARC_START, ARC_END, ARC_RADIUS, LARGE_ARC, SWEEP, step) + line_points(ARC_END, BAR_END, step)
    mask = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(mask)
    r = STROKE / 2 * scale
    for x, y in path:
        draw.ellipse((x * scale - r, y * scale - r, x * scale + r, y * scale + r), fill=255)
    return mask.reduce(OVERSAMPLE)


def tile_mask(size, rounded):
    big = size * OVERSAMPLE
    mask = Image.new("L", (big, big), 0)
    radius = CORNER * big / GRID if rounded else 0
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, big - 1, big - 1), radius=radius, fill=255)
    return mask.reduce(OVERSAMPLE)


def icon(size, full_bleed):
    """The G in white on green; the tile's corners rounded and transparent unless full bleed."""
    image = Image.new("RGBA", (size, size), GREEN + (0,))
    image.paste(GREEN + (255,), mask=tile_mask(size, rounded=not full_bleed))
    glyph = glyph_mask(size)
    image.paste(WHITE + (255,), mask=glyph)
    if full_bleed:
        assert image.getextrema()[3] == (255, 255), "a full-bleed icon has transparent pixels"
        image = image.convert("RGB")
    return image, glyph


def check_safe_zone(glyph, size):
    """Fails unless every pixel the G touches lies inside the maskable safe zone."""
    centre = size / 2
    pixels = glyph.load()
    reach = max(
        math.hypot(x + 0.5 - centre, y + 0.5 - centre)
        for y in range(size)
        for x in range(size)
        if pixels[x, y] > 0
    )
    assert reach <= SAFE_ZONE * size, f"the G reaches {reach:.1f} px from the centre, past the safe zone"
    return reach


def save(image, name):
    path = OUT / name
    image.save(path, optimize=True)
    try:
        import oxipng
    except ImportError:
        print(f"{name}: {path.stat().st_size} B (oxipng not installed: not optimised further)")
        return
    before = path.stat().st_size
    oxipng.optimize(path, level=6, strip=oxipng.StripChunks.safe())
    print(f"{name}: {before} B, {path.stat().st_size} B after oxipng")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        save(icon(size, full_bleed=False)[0], f"icon-{size}.png")
    maskable, glyph = icon(512, full_bleed=True)
    reach = check_safe_zone(glyph, 512)
    print(f"maskable: the G reaches {reach / 512:.0%} of the size from the centre (safe zone {SAFE_ZONE:.0%})")
    save(maskable, "icon-maskable-512.png")
    save(icon(180, full_bleed=True)[0], "apple-touch-icon.png")


if __name__ == "__main__":
    main()
