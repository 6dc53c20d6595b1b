"""The dwell grid as colours: an RGBA overlay for a page raster of any size, and compositing.

Why here and not in the UI: the app's overlay and the `foldline heatmap` PNG must use the same
colours, so both call these functions on numpy arrays (no Qt, no Pillow needed except for PNG).

Colours: the light-to-dark half of matplotlib's "inferno" (pale yellow → orange → red → purple),
sampled at nine points. Its lightness falls monotonically, so the order of the colours reads in
greyscale and for the common colour-vision deficiencies; the darkest colour stays light enough
that black text under it remains readable. Cold cells are fully transparent; opacity grows with heat.
"""

from __future__ import annotations

import io

import numpy as np

from editor.analysis.attention.dwell_grid import DwellGrid

# (heat, r, g, b): inferno[250] … inferno[76] from matplotlib's _cm_listed.py (CC0), light to dark.
HEAT_COLOURS = (
    (0.000, 245, 249, 146),
    (0.125, 247, 211, 64),
    (0.250, 252, 170, 15),
    (0.375, 247, 130, 18),
    (0.500, 231, 94, 46),
    (0.625, 207, 68, 70),
    (0.750, 176, 49, 91),
    (0.875, 141, 35, 105),
    (1.000, 106, 23, 110),
)
MAX_ALPHA = 0.62  # the hottest cells: text underneath must stay readable
COLD = 0.04  # below 4 % of the hottest cell: fully transparent
ALPHA_GAMMA = 0.7  # opacity rises faster than linearly, so warm areas are visible
LEVELS = 256  # heat is quantised to this many colours


def heat_colours(heat: np.ndarray) -> np.ndarray:
    """RGB (uint8) for heat values in [0, 1]."""
    stops = np.array(HEAT_COLOURS, dtype=float)
    clipped = np.clip(heat, 0.0, 1.0)
    channels = [np.interp(clipped, stops[:, 0], stops[:, channel]) for channel in (1, 2, 3)]
    return np.rint(np.stack(channels, axis=-1)).astype(np.uint8)


def _lookup_table() -> np.ndarray:
    """RGBA for 256 heat levels: the colour ramp and the opacity ramp in one table."""
    heat = np.linspace(0.0, 1.0, LEVELS)
    table = np.zeros((LEVELS, 4), np.uint8)
    table[:, :3] = heat_colours(heat)
    warm = np.clip((heat - COLD) / (1.0 - COLD), 0.0, 1.0)
    table[:, 3] = np.rint(255 * MAX_ALPHA * warm**ALPHA_GAMMA)
    return table


_TABLE = _lookup_table()


def legend(steps: int = 5) -> list[tuple[float, str]]:
    """(heat, '#rrggbb') pairs for drawing a legend."""
    heat = np.linspace(0.0, 1.0, steps)
    return [
        (float(value), "#{:02x}{:02x}{:02x}".format(*colour))
        for value, colour in zip(heat, heat_colours(heat), strict=True)
    ]


def heat_rgba(grid: DwellGrid, width_px: int, height_px: int, *, scale_ms: float | None = None) -> np.ndarray:
    """An (height_px, width_px, 4) uint8 overlay for a raster of the whole page at any resolution.

    `scale_ms` is the dwell per cell that shows as the hottest colour; by default the grid's maximum,
    so the hottest spot of each prediction is fully coloured.
    """
    if width_px <= 0 or height_px <= 0:
        raise ValueError(f"a raster of {width_px}×{height_px} pixels is empty")
    scale = scale_ms if scale_ms is not None else float(grid.values.max())
    levels = grid.values * ((LEVELS - 1) / scale) if scale > 0 else np.zeros_like(grid.values)
    resampled = _resample(np.clip(levels, 0, LEVELS - 1).astype(np.float32), grid, width_px, height_px)
    return _TABLE[np.rint(resampled).astype(np.intp)]


def composite(page_rgb: np.ndarray, overlay_rgba: np.ndarray) -> np.ndarray:
    """The overlay blended onto an (h, w, 3) uint8 page raster; same size required."""
    if page_rgb.shape[:2] != overlay_rgba.shape[:2] or page_rgb.shape[-1] != 3 or overlay_rgba.shape[-1] != 4:
        raise ValueError(f"cannot blend a {overlay_rgba.shape} overlay onto a {page_rgb.shape} page")
    alpha = overlay_rgba[..., 3:4].astype(np.float32) / 255.0
    blended = page_rgb.astype(np.float32) * (1.0 - alpha) + overlay_rgba[..., :3].astype(np.float32) * alpha
    return np.rint(blended).astype(np.uint8)


def heatmap_on_page(page_rgb: np.ndarray, grid: DwellGrid, *, scale_ms: float | None = None) -> np.ndarray:
    """A page raster with the heatmap blended on, at the raster's own resolution."""
    height, width = page_rgb.shape[:2]
    return composite(page_rgb, heat_rgba(grid, width, height, scale_ms=scale_ms))


def png_bytes(image: np.ndarray) -> bytes:
    """An (h, w, 3) or (h, w, 4) uint8 array as PNG bytes (Pillow, which reportlab brings)."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(image)).save(buffer, format="PNG")
    return buffer.getvalue()


def _resample(values: np.ndarray, grid: DwellGrid, width_px: int, height_px: int) -> np.ndarray:
    """Bilinear samples of per-cell values at the centres of a page raster's pixels (rows, then columns)."""
    rows, columns = values.shape
    y_cells = (np.arange(height_px) + 0.5) * (grid.height_pt / height_px) / grid.cell_pt - 0.5
    x_cells = (np.arange(width_px) + 0.5) * (grid.width_pt / width_px) / grid.cell_pt - 0.5
    row0, row_t = _split(y_cells, rows)
    column0, column_t = _split(x_cells, columns)
    by_row = values[row0] * (1 - row_t[:, None]) + values[row0 + 1] * row_t[:, None]  # (height_px, columns)
    return by_row[:, column0] * (1 - column_t) + by_row[:, column0 + 1] * column_t


def _split(cells: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Integer cell below each sample (so that cell + 1 exists) and the fraction towards the next."""
    clipped = np.clip(cells, 0, size - 1)
    lower = np.minimum(np.floor(clipped).astype(int), size - 2)
    return lower, np.clip(clipped - lower, 0.0, 1.0).astype(np.float32)
