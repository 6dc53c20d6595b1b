"""The simulated recruiter's screen: page 1 on a monitor, as the recruiter first sees it.

Two views of the same rendered PDF: "screen" draws the device (monitor, laptop or ATS panel)
with its OS and viewer bars and only what fits before scrolling; "pages" draws every page
fitted to the width with the fold as a line and the part below it dimmed. The heatmap, the
skim replay and the line under the editor cursor are drawn over either. Clicking a line of
the page emits `source_clicked` with where it came from in the resume text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from editor.analysis.screen.fold import Fold
from editor.render.layout import LayoutLine, LayoutMap
from editor.ui.screen_scene import CSS_PX_PER_POINT, ScreenScene, build_scene

BAR_COLOURS = {
    "os-top": "#e8e8ea",
    "tabs": "#dfe3e8",
    "toolbar": "#ffffff",
    "bookmarks": "#ffffff",
    "viewer": "#323639",
    "taskbar": "#1f2329",
    "dock": "#d9dce1",
}
VIEWER_BACKGROUND = {"chrome": "#525659", "firefox": "#d4d4d7", "ats-panel": "#f3f4f6"}
FOLD_COLOUR = QColor("#e5484d")
HIGHLIGHT_COLOUR = QColor(255, 196, 0, 90)


@dataclass(frozen=True)
class Fixation:
    """One fixation of a replayed scanpath, in page points (top-left origin)."""

    page: int
    x: float
    y: float
    start_ms: float
    duration_ms: float


class RecruiterScreen(QWidget):
    """Paints the rendered pages the way a recruiter's screen shows them."""

    source_clicked = Signal(int, int)  # source line (1-based), column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._pages: list[QImage] = []
        self._layout: LayoutMap | None = None
        self._fold: Fold | None = None
        self._scene: ScreenScene | None = None
        self._heat: QImage | None = None
        self._heat_visible = True
        self._heat_opacity = 0.65
        self._mode = "screen"
        self._highlight: tuple[LayoutLine, ...] = ()
        self._replay: list[Fixation] = []
        self._message = "Rendering…"

    # --- inputs --------------------------------------------------------------------------
    def set_document(self, pages: list[QImage], layout: LayoutMap, fold: Fold, heat: QImage | None) -> None:
        self._pages, self._layout, self._fold, self._heat = pages, layout, fold, heat
        self._scene = build_scene(fold)
        self._message = ""
        self._refresh_highlight_lines()
        self.updateGeometry()
        self.update()

    def set_message(self, message: str) -> None:
        """Shown instead of the page when nothing could be rendered (e.g. an empty resume)."""
        self._message = message
        self.update()

    def set_mode(self, mode: str) -> None:
        """'screen' (what fits on the recruiter's screen) or 'pages' (every page, fold marked)."""
        self._mode = mode
        self.updateGeometry()
        self.update()

    @property
    def mode(self) -> str:
        return self._mode

    def set_heatmap_visible(self, visible: bool) -> None:
        self._heat_visible = visible
        self.update()

    def set_heatmap_opacity(self, opacity: float) -> None:
        self._heat_opacity = max(0.0, min(1.0, opacity))
        self.update()

    def set_replay(self, fixations: list[Fixation]) -> None:
        """The fixations of the skim replay up to the current time (empty: no replay)."""
        self._replay = fixations
        self.update()

    def highlight_source_line(self, source_line: int | None) -> None:
        self._highlight_line = source_line
        self._refresh_highlight_lines()
        self.update()

    def _refresh_highlight_lines(self) -> None:
        line = getattr(self, "_highlight_line", None)
        self._highlight = self._layout.for_source_line(line) if (self._layout and line) else ()

    # --- geometry ------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(560, 640)

    def hasHeightForWidth(self) -> bool:
        return self._mode == "pages"

    def heightForWidth(self, width: int) -> int:
        if not self._pages or not self._layout:
            return 400
        scale = (width - 32) / self._layout.page_width
        return int(16 + len(self._pages) * (self._layout.page_height * scale + 16))

    def _frame_size(self) -> tuple[float, float, float]:
        """The device's outer width and height and its bezel share, in the screen's CSS px."""
        assert self._scene is not None
        screen_w, screen_h = self._scene.size
        kind = _device_kind(self._scene)
        bezel, below = (0.025, 0.16) if kind == "monitor" else (0.02, 0.07) if kind == "laptop" else (0.0, 0.0)
        return screen_w * (1 + 2 * bezel), screen_h * (1 + 2 * bezel) + screen_w * below, bezel

    def screen_height_for(self, width: int) -> int:
        """The widget height that fits the whole device at a given width (screen view)."""
        if self._scene is None:
            return 400
        frame_w, frame_h, _ = self._frame_size()
        return int(32 + frame_h * (width - 32) / frame_w)

    def _device_rect(self) -> tuple[QRectF, float]:
        """The screen area in widget coordinates and CSS px → widget px scale."""
        assert self._scene is not None
        screen_w, screen_h = self._scene.size
        frame_w, frame_h, bezel = self._frame_size()
        margin = 16
        scale = min((self.width() - 2 * margin) / frame_w, (self.height() - 2 * margin) / frame_h)
        scale = max(scale, 0.05)
        left = (self.width() - frame_w * scale) / 2 + screen_w * bezel * scale
        top = margin + screen_w * bezel * scale
        return QRectF(left, top, screen_w * scale, screen_h * scale), scale

    def _page_rects(self) -> list[QRectF]:
        """Where each page image is drawn, in widget coordinates, for the current mode."""
        if not self._scene or not self._layout:
            return []
        if self._mode == "pages":
            scale = (self.width() - 32) / self._layout.page_width
            height = self._layout.page_height * scale
            return [
                QRectF(16, 16 + index * (height + 16), self._layout.page_width * scale, height)
                for index in range(len(self._pages))
            ]
        screen, scale = self._device_rect()
        rects = []
        for index in range(len(self._pages)):
            x, y = self._scene.point_to_screen(index, 0, 0)
            rects.append(
                QRectF(
                    screen.left() + x * scale,
                    screen.top() + y * scale,
                    self._scene.page.width() * scale,
                    self._scene.page.height() * scale,
                )
            )
        return rects

    def display_pixels_per_point(self) -> float:
        """How many device pixels one point of page 1 takes on screen now (for sharp rasters)."""
        rects = self._page_rects()
        if not rects or not self._layout:
            return 1.5
        scale = rects[0].width() / self._layout.page_width * self.devicePixelRatioF()
        return max(1.0, min(3.0, scale * 1.5))

    def _page_point(self, position: QPointF) -> tuple[int, float, float] | None:
        assert self._layout is not None
        for index, rect in enumerate(self._page_rects()):
            if rect.contains(position):
                points_per_px = self._layout.page_width / rect.width()
                return (
                    index + 1,
                    (position.x() - rect.left()) * points_per_px,
                    (position.y() - rect.top()) * points_per_px,
                )
        return None

    # --- events --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._layout:
            return
        point = self._page_point(event.position())
        if point is None:
            return
        line = self._layout.at_point(*point, slack=3.0)
        if line is not None and line.source is not None:
            self.source_clicked.emit(line.source.line, line.source.column + line.source_offset)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        clickable = False
        if self._layout:
            point = self._page_point(event.position())
            clickable = point is not None and self._layout.at_point(*point, slack=3.0) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().window())
        if self._message or not self._scene or not self._pages:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._message or "Nothing to show yet",
            )
            return
        if self._mode == "pages":
            self._paint_pages(painter)
        else:
            self._paint_screen(painter)
        painter.end()

    def _paint_screen(self, painter: QPainter) -> None:
        assert self._scene is not None
        screen, scale = self._device_rect()
        self._paint_device(painter, screen, scale)
        painter.save()
        painter.setClipRect(screen)
        painter.fillRect(screen, QColor(VIEWER_BACKGROUND.get(self._scene.screen.viewer.id, "#525659")))
        viewport = self._scene.viewport
        clip = QRectF(
            screen.left() + viewport.left() * scale,
            screen.top() + viewport.top() * scale,
            viewport.width() * scale,
            viewport.height() * scale,
        )
        painter.save()
        painter.setClipRect(clip)
        self._paint_page_content(painter)
        painter.restore()
        for bar in self._scene.bars:
            self._paint_bar(
                painter,
                bar.kind,
                QRectF(
                    screen.left() + bar.rect.left() * scale,
                    screen.top() + bar.rect.top() * scale,
                    bar.rect.width() * scale,
                    bar.rect.height() * scale,
                ),
            )
        painter.restore()

    def _paint_pages(self, painter: QPainter) -> None:
        self._paint_page_content(painter)
        assert self._fold is not None
        rects = self._page_rects()
        first = rects[0]
        fold_y = first.top() + self._fold.fold_y_pt * first.height() / self._fold.page_height_pt
        painter.fillRect(QRectF(first.left(), fold_y, first.width(), first.bottom() - fold_y), QColor(20, 24, 32, 70))
        for rect in rects[1:]:
            painter.fillRect(rect, QColor(20, 24, 32, 70))
        painter.setPen(QPen(FOLD_COLOUR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(first.left() - 8, fold_y), QPointF(first.right() + 8, fold_y))
        label = f"fold · {round(self._fold.visible_fraction * 100)} % of page 1 on the first screen"
        painter.setFont(_small_font(painter, 9))
        metrics = painter.fontMetrics()
        box = QRectF(
            first.right() - metrics.horizontalAdvance(label) - 14,
            fold_y - metrics.height() - 6,
            metrics.horizontalAdvance(label) + 10,
            metrics.height() + 4,
        )
        painter.fillRect(box, FOLD_COLOUR)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_page_content(self, painter: QPainter) -> None:
        """Pages, heatmap, cursor-line highlight and replay, in the rectangles of the current mode."""
        for image, rect in zip(self._pages, self._page_rects(), strict=False):
            painter.fillRect(rect.adjusted(1, 2, 1, 2), QColor(0, 0, 0, 50))
            painter.drawImage(rect, image)
        rects = self._page_rects()
        if not rects or not self._layout:
            return
        points_to_px = rects[0].width() / self._layout.page_width
        if self._heat is not None and self._heat_visible:
            painter.setOpacity(self._heat_opacity)
            painter.drawImage(rects[0], self._heat)
            painter.setOpacity(1.0)
        for line in self._highlight:
            if line.page <= len(rects):
                origin = rects[line.page - 1]
                painter.fillRect(
                    QRectF(
                        origin.left() + (line.x0 - 2) * points_to_px,
                        origin.top() + (line.top - 1) * points_to_px,
                        (line.x1 - line.x0 + 4) * points_to_px,
                        (line.bottom - line.top + 2) * points_to_px,
                    ),
                    HIGHLIGHT_COLOUR,
                )
        self._paint_replay(painter, rects, points_to_px)

    def _paint_replay(self, painter: QPainter, rects: list[QRectF], points_to_px: float) -> None:
        if not self._replay:
            return
        centres = [
            QPointF(rects[f.page - 1].left() + f.x * points_to_px, rects[f.page - 1].top() + f.y * points_to_px)
            for f in self._replay
            if f.page <= len(rects)
        ]
        painter.setPen(QPen(QColor(30, 90, 200, 160), 1.5))
        path = QPainterPath()
        for index, centre in enumerate(centres):
            if index == 0:
                path.moveTo(centre)
            else:
                path.lineTo(centre)
        painter.drawPath(path)
        for index, (fixation, centre) in enumerate(zip(self._replay, centres, strict=False)):
            radius = (4 + fixation.duration_ms / 40) * max(points_to_px, 0.5)
            last = index == len(centres) - 1
            painter.setBrush(QColor(30, 90, 200, 200 if last else 90))
            painter.setPen(QPen(QColor("white"), 1))
            painter.drawEllipse(centre, radius, radius)

    def _paint_device(self, painter: QPainter, screen: QRectF, scale: float) -> None:
        """The monitor bezel and stand, the laptop lid and base, or the ATS panel's card."""
        assert self._scene is not None
        kind = _device_kind(self._scene)
        bezel = self._scene.size[0] * (0.025 if kind == "monitor" else 0.02) * scale
        body = QColor("#2b2f36")
        if kind == "panel":
            painter.setPen(QPen(QColor("#c9ced6"), 1))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(screen.adjusted(-6, -28, 6, 6), 8, 8)
            painter.setPen(QColor("#4b5563"))
            painter.setFont(_small_font(painter, 9))
            painter.drawText(
                QRectF(screen.left(), screen.top() - 26, screen.width(), 22),
                Qt.AlignmentFlag.AlignVCenter,
                "  Candidate · Resume",
            )
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(body)
        painter.drawRoundedRect(screen.adjusted(-bezel, -bezel, bezel, bezel), bezel * 0.6, bezel * 0.6)
        if kind == "monitor":
            neck_w, neck_h = screen.width() * 0.08, screen.width() * 0.09
            neck = QRectF(screen.center().x() - neck_w / 2, screen.bottom() + bezel, neck_w, neck_h)
            painter.setBrush(QColor("#3a3f47"))
            painter.drawRect(neck)
            foot = QRectF(
                screen.center().x() - screen.width() * 0.16, neck.bottom(), screen.width() * 0.32, bezel * 0.9
            )
            painter.drawRoundedRect(foot, bezel * 0.4, bezel * 0.4)
        else:
            base = QPainterPath()
            top = screen.bottom() + bezel
            base.moveTo(screen.left() - bezel * 2.5, top)
            base.lineTo(screen.right() + bezel * 2.5, top)
            base.lineTo(screen.right() + bezel * 1.5, top + bezel * 0.9)
            base.lineTo(screen.left() - bezel * 1.5, top + bezel * 0.9)
            base.closeSubpath()
            painter.setBrush(QColor("#b4bac3"))
            painter.drawPath(base)
            notch = QRectF(screen.center().x() - screen.width() * 0.07, top, screen.width() * 0.14, bezel * 0.3)
            painter.setBrush(QColor("#8d949e"))
            painter.drawRoundedRect(notch, bezel * 0.15, bezel * 0.15)

    def _paint_bar(self, painter: QPainter, kind: str, rect: QRectF) -> None:
        painter.fillRect(rect, QColor(BAR_COLOURS.get(kind, "#dddddd")))
        if rect.height() < 6:
            return
        if kind == "toolbar":
            pill = rect.adjusted(rect.width() * 0.12, rect.height() * 0.2, -rect.width() * 0.12, -rect.height() * 0.2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eef1f4"))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("#5f6368"))
            painter.setFont(_small_font(painter, max(5.0, rect.height() * 0.32)))
            painter.drawText(
                pill.adjusted(pill.height() * 0.6, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter,
                "mail.example.com/attachments/resume.pdf",
            )
        elif kind == "tabs":
            tab = QRectF(
                rect.left() + rect.width() * 0.01,
                rect.top() + rect.height() * 0.2,
                rect.width() * 0.16,
                rect.height() * 0.8,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(tab, 4, 4)
        elif kind == "viewer":
            painter.setPen(QColor("#f1f3f4"))
            painter.setFont(_small_font(painter, max(5.0, rect.height() * 0.26)))
            percent = round(self._scene.zoom * 100) if self._scene else 100
            painter.drawText(
                rect.adjusted(rect.width() * 0.02, 0, -rect.width() * 0.02, 0),
                Qt.AlignmentFlag.AlignVCenter,
                "resume.pdf",
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"1 / {len(self._pages)}    –  {percent}%  +")


def _device_kind(scene: ScreenScene) -> str:
    screen = scene.screen
    if screen.viewer.id == "ats-panel":
        return "panel"
    if screen.os_top_px > 0 or screen.scaling > 1.0 or screen.width_px < 1400:
        return "laptop"
    return "monitor"


def _small_font(painter: QPainter, point_size: float) -> QFont:
    font = QFont(painter.font())
    font.setPointSizeF(point_size)
    return font


def page_scale_for(fold: Fold, device_pixel_ratio: float = 1.0) -> float:
    """Pixels per point to rasterise page 1 sharply at the fold's zoom on a HiDPI display."""
    return max(1.0, fold.zoom * CSS_PX_PER_POINT * device_pixel_ratio)
