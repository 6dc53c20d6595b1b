"""Dwell grids: where on a page the simulated recruiters' fixation time went, in ms per cell.

Grid convention: one grid per page; the origin is the page's top-left corner (like the layout
map); cell (row r, column c) covers x ∈ [c·cell_pt, (c+1)·cell_pt) and y ∈ [r·cell_pt,
(r+1)·cell_pt) in PDF points. A value is the expected milliseconds of fixation in that cell during
one skim (the mean over the simulated runs), spread with a Gaussian of about 1° of visual angle
(as the MIT/Tübingen saliency benchmark blurs fixation maps; docs/attention-model.md, source [15])
and zero wherever the recruiter could not see (below the fold in first-screen mode).
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
    width_pt: float  # the page's size; the last row and column may reach past it
    height_pt: float
    values: np.ndarray  # (rows, columns) float64, ms per cell

    @property
    def total_ms(self) -> float:
        return float(self.values.sum())

    def value_at(self, x_pt: float, y_pt: float) -> float:
        """The ms in the cell under a point of the page."""
        rows, columns = self.values.shape
        row, column = int(y_pt // self.cell_pt), int(x_pt // self.cell_pt)
        return float(self.values[row, column]) if 0 <= row < rows and 0 <= column < columns else 0.0


@dataclass(frozen=True)
class FixationPoints:
    """Fixations on one page: positions (pt) and weights (ms, already divided by the number of runs)."""

    x_pt: np.ndarray
    y_pt: np.ndarray
    weight_ms: np.ndarray


def build_grid(
    page: int,
    points: FixationPoints,
    *,
    page_size_pt: tuple[float, float],
    cell_pt: float,
    sigma_pt: float,
    visible_to_pt: float,
) -> DwellGrid:
    """Accumulate fixations into cells, blur them, and cut everything below `visible_to_pt`."""
    width, height = page_size_pt
    rows, columns = math.ceil(height / cell_pt), math.ceil(width / cell_pt)
    row = np.clip((points.y_pt // cell_pt).astype(int), 0, rows - 1)
    column = np.clip((points.x_pt // cell_pt).astype(int), 0, columns - 1)
    raw = np.bincount(row * columns + column, weights=points.weight_ms, minlength=rows * columns)
    raw = raw.reshape(rows, columns)
    kernel = _gaussian_kernel(round(sigma_pt / cell_pt, 3))
    blurred = _blur(_blur(raw, kernel, axis=0), kernel, axis=1)
    blurred[min(rows, max(math.ceil(visible_to_pt / cell_pt), 0)) :] = 0.0
    total, kept = raw.sum(), blurred.sum()
    if kept > 0:
        blurred *= total / kept
    return DwellGrid(page, cell_pt, width, height, blurred)


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
    """Convolve along one axis through the FFT, padded so nothing wraps around.

    Why not a matrix product: a threaded BLAS on a busy 2-core machine made the same product
    take 1–30 ms; numpy's FFT runs on one thread in about a millisecond.
    """
    radius = len(kernel) // 2
    size = values.shape[axis]
    length = _fast_length(size + 2 * radius)
    transformed = np.fft.rfft(values, n=length, axis=axis)
    response = np.fft.rfft(np.roll(np.pad(kernel, (0, length - len(kernel))), -radius))
    shape = [1, 1]
    shape[axis] = len(response)
    blurred = np.fft.irfft(transformed * response.reshape(shape), n=length, axis=axis)
    return blurred[:size] if axis == 0 else blurred[:, :size]


def _fast_length(minimum: int) -> int:
    """The smallest length ≥ minimum with no prime factor above 5 (the FFT is slow on primes)."""
    length = minimum
    while True:
        rest = length
        for factor in (2, 3, 5):
            while rest % factor == 0:
                rest //= factor
        if rest == 1:
            return length
        length += 1
