"""Dwell grids: where on a page the simulated recruiters' fixation time went, in ms per cell.

Grid convention: one grid per page; the origin is the page's top-left corner (like the layout
map); cell (row r, column c) covers x ∈ [c·cell_pt, (c+1)·cell_pt) and y ∈ [r·cell_pt,
(r+1)·cell_pt) in PDF points. A value is the expected milliseconds of fixation in that cell during
one skim (the mean over the simulated runs), spread with a Gaussian of about 1° of visual angle
(notes §5.3) and zero wherever the recruiter could not see (below the fold in first-screen mode).
The values of a page sum to the expected dwell on that page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import numpy as np


@dataclass(frozen=True)
class DwellGrid:
    """Expected fixation time per cell of one page (see the module docstring for the convention)."""

    page: int
    cell_pt: float
    values: np.ndarray  # (rows, columns) float64, ms per cell

    @property
    def total_ms(self) -> float:
        return float(self.values.sum())

    def value_at(self, x_pt: float, y_pt: float) -> float:
        """The ms in the cell under a point of the page."""
        rows, columns = self.values.shape
        row, column = int(y_pt // self.cell_pt), int(x_pt // self.cell_pt)
        return float(self.values[row, column]) if 0 <= row < rows and 0 <= column < columns else 0.0


def grid_shape(page_width_pt: float, page_height_pt: float, cell_pt: float) -> tuple[int, int]:
    return math.ceil(page_height_pt / cell_pt), math.ceil(page_width_pt / cell_pt)


def build_grid(page: int, x_pt: np.ndarray, y_pt: np.ndarray, weight_ms: np.ndarray, shape: tuple[int, int],
               cell_pt: float, sigma_pt: float, visible_to_pt: float) -> DwellGrid:
    """Accumulate fixations (already divided by the number of runs), blur, cut at `visible_to_pt`."""
    rows, columns = shape
    row = np.clip((y_pt // cell_pt).astype(int), 0, rows - 1)
    column = np.clip((x_pt // cell_pt).astype(int), 0, columns - 1)
    raw = np.bincount(row * columns + column, weights=weight_ms, minlength=rows * columns).reshape(rows, columns)
    kernel = _gaussian_kernel(round(sigma_pt / cell_pt, 3))
    blurred = _blur(_blur(raw, kernel, axis=0), kernel, axis=1)
    cut = min(rows, max(math.ceil(visible_to_pt / cell_pt), 0))
    blurred[cut:] = 0.0
    total, kept = raw.sum(), blurred.sum()
    if kept > 0:
        blurred *= total / kept
    return DwellGrid(page, cell_pt, blurred)


@cache
def _gaussian_kernel(sigma_cells: float) -> np.ndarray:
    """A normalised 1-D Gaussian truncated at 3 σ."""
    radius = max(math.ceil(3 * sigma_cells), 1)
    offsets = np.arange(-radius, radius + 1)
    kernel = np.exp(-0.5 * (offsets / max(sigma_cells, 1e-6)) ** 2)
    kernel /= kernel.sum()
    kernel.setflags(write=False)
    return kernel


def _blur(values: np.ndarray, kernel: np.ndarray, axis: int) -> np.ndarray:
    """Convolve along one axis by summing shifted copies.

    Why not a matrix product: a threaded BLAS on a busy 2-core machine made the same product
    take 1–30 ms; a few dozen vector additions take about 1 ms every time.
    """
    radius = len(kernel) // 2
    padding = [(0, 0), (0, 0)]
    padding[axis] = (radius, radius)
    padded = np.pad(values, padding)
    size = values.shape[axis]
    result = np.zeros_like(values)
    for offset, weight in enumerate(kernel):
        result += weight * (padded[offset:offset + size] if axis == 0 else padded[:, offset:offset + size])
    return result
