#!/usr/bin/env python3
"""Draws the Reply Guide icon (a teal speech bubble with three white lines) as PNGs.

Run from anywhere: python3 extension/tools/make-icons.py
Writes extension/icons/icon-{16,32,48,128}.png. Standard library only.
"""
import struct
import zlib
from pathlib import Path

TEAL = (0, 128, 128)
WHITE = (255, 255, 255)
SIZES = (16, 32, 48, 128)
SUPERSAMPLE = 4  # samples per pixel along each axis, for smooth edges


def inside_rounded_rect(x, y, left, top, right, bottom, radius):
    """True when (x, y) lies inside the rounded rectangle (unit square coordinates)."""
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_tail(x, y):
    """The bubble's tail: a triangle below the lower left of the body."""
    (ax, ay), (bx, by), (cx, cy) = (0.22, 0.70), (0.46, 0.70), (0.18, 0.95)
    def side(px, py, qx, qy):
        return (x - qx) * (py - qy) - (px - qx) * (y - qy)
    d1, d2, d3 = side(ax, ay, bx, by), side(bx, by, cx, cy), side(cx, cy, ax, ay)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def colour_at(x, y):
    """RGBA of one sample, in unit square coordinates."""
    in_body = inside_rounded_rect(x, y, 0.04, 0.08, 0.96, 0.74, 0.16)
    if not (in_body or inside_tail(x, y)):
        return None
    for top, right in ((0.22, 0.80), (0.36, 0.80), (0.50, 0.62)):
        if inside_rounded_rect(x, y, 0.20, top, right, top + 0.07, 0.035):
            return WHITE
    return TEAL


def render(size):
    """Rows of RGBA bytes for one icon size, antialiased by supersampling."""
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0
            for sy in range(n):
                for sx in range(n):
                    c = colour_at((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
                    if c:
                        r, g, b, a = r + c[0], g + c[1], b + c[2], a + 1
            if a:
                row += bytes((r // a, g // a, b // a, 255 * a // (n * n)))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return rows


def png(size, rows):
    """Encodes RGBA rows as a PNG file."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = Path(__file__).resolve().parent.parent / "icons"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        (out / f"icon-{size}.png").write_bytes(png(size, render(size)))


if __name__ == "__main__":
    main()
