"""The heatmap overlay: colours, transparency, any raster size, compositing and PNG."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from editor.analysis.attention.dwell_grid import DwellGrid
from editor.analysis.attention.heatmap import (
    MAX_ALPHA,
    composite,
    heat_colours,
    heat_rgba,
    heatmap_on_page,
    legend,
    png_bytes,
)
from editor.analysis.attention.model import predict_attention
from editor.analysis.screen.fold import compute_fold
from editor.analysis.screen.presets import get_screen
from tests.analysis.resume_fixtures import LETTER, conventional_resume, layout_resume


@pytest.fixture(scope="module")
def grid() -> DwellGrid:
    resume = conventional_resume()
    result = predict_attention(layout_resume(resume), compute_fold(get_screen(None), *LETTER), resume)
    return result.grid(1)


def test_cold_areas_are_transparent_and_the_hottest_spot_is_the_most_opaque(grid: DwellGrid) -> None:
    overlay = heat_rgba(grid, 612, 792)
    assert overlay.shape == (792, 612, 4)
    assert overlay.dtype == np.uint8
    assert (overlay[760:, :, 3] == 0).all()  # the bottom of the page is below the fold
    assert overlay[..., 3].max() == round(255 * MAX_ALPHA)
    row, column = np.unravel_index(np.argmax(grid.values), grid.values.shape)
    y, x = int((row + 0.5) * grid.cell_pt), int((column + 0.5) * grid.cell_pt)
    assert overlay[y, x, 3] >= round(255 * MAX_ALPHA) - 3


def _relative_luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG 2 relative luminance of sRGB colours (0–255)."""
    channel = rgb.astype(float) / 255
    linear = np.where(channel <= 0.03928, channel / 12.92, ((channel + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def test_hotter_means_darker_so_the_order_reads_without_colour_vision() -> None:
    luminance = _relative_luminance(heat_colours(np.linspace(0, 1, 50)))
    assert (np.diff(luminance) < 0).all()


def test_black_text_stays_readable_under_the_hottest_colour() -> None:
    hottest = np.zeros((1, 2, 4), np.uint8)
    hottest[..., :3] = heat_colours(np.array([1.0, 1.0]))
    hottest[..., 3] = round(255 * MAX_ALPHA)
    page = np.array([[[255, 255, 255], [0, 0, 0]]], np.uint8)  # paper and ink
    paper, ink = _relative_luminance(composite(page, hottest)[0])
    assert (paper + 0.05) / (ink + 0.05) >= 3.0  # WCAG contrast for large text


def test_the_overlay_is_the_same_at_72_96_and_144_dpi(grid: DwellGrid) -> None:
    """V17: the heatmap does not depend on the raster's resolution (±1 % per region)."""
    means = []
    for dpi in (72, 96, 144):
        width, height = round(612 * dpi / 72), round(792 * dpi / 72)
        alpha = heat_rgba(grid, width, height)[..., 3].astype(float)
        rows = (np.arange(height) + 0.5) * 792 / height // 72  # 11 bands of one inch
        columns = (np.arange(width) + 0.5) * 612 / width // 68  # 9 columns
        regions = (rows[:, None] * 9 + columns[None, :]).astype(int)
        means.append(np.bincount(regions.ravel(), alpha.ravel()) / np.bincount(regions.ravel()))
    scale = means[1].max()
    assert np.abs(means[0] - means[1]).max() <= 0.01 * scale
    assert np.abs(means[2] - means[1]).max() <= 0.01 * scale


def test_a_fixed_scale_lets_two_predictions_be_compared(grid: DwellGrid) -> None:
    own = heat_rgba(grid, 153, 198)
    halved = heat_rgba(grid, 153, 198, scale_ms=2 * float(grid.values.max()))
    assert halved[..., 3].max() < own[..., 3].max()


def test_compositing_leaves_cold_pixels_untouched_and_tints_hot_ones(grid: DwellGrid) -> None:
    page = np.full((396, 306, 3), 255, np.uint8)
    page[100:110, 50:200] = 0  # a line of "text"
    blended = heatmap_on_page(page, grid)
    overlay = heat_rgba(grid, 306, 396)
    cold = overlay[..., 3] == 0
    assert np.array_equal(blended[cold], page[cold])
    hot = overlay[..., 3] > 100
    assert (blended[hot] != page[hot]).any(axis=-1).all()


def test_compositing_images_of_different_sizes_is_refused(grid: DwellGrid) -> None:
    with pytest.raises(ValueError, match="cannot blend"):
        composite(np.zeros((10, 10, 3), np.uint8), heat_rgba(grid, 11, 10))
    with pytest.raises(ValueError, match="empty"):
        heat_rgba(grid, 0, 10)


def test_png_bytes_read_back_as_the_same_picture(grid: DwellGrid) -> None:
    image = heat_rgba(grid, 61, 79)
    data = png_bytes(image)
    assert data.startswith(b"\x89PNG")
    assert np.array_equal(np.array(Image.open(io.BytesIO(data))), image)


def test_the_legend_runs_from_pale_yellow_to_purple() -> None:
    stops = legend(3)
    assert [heat for heat, _ in stops] == [0.0, 0.5, 1.0]
    assert stops[0][1] == "#f5f992"
    assert stops[-1][1] == "#6a176e"
