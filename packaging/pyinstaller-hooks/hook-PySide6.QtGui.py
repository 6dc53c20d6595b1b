"""Foldline's QtGui hook: PyInstaller's own collection, minus Qt plugins Foldline never loads.

Why a hook rather than a filter in the spec: a plugin dropped after the analysis leaves behind the
libraries it pulled in (the GTK theme alone brings cairo, pango and gdk-pixbuf). Names are matched
without the "lib" prefix and suffix, so the same list serves Linux, Windows and macOS.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = (
    "egldeviceintegrations/",
    "generic/",
    "platforms/qeglfs",
    "platforms/qlinuxfb",
    "platforms/qminimal",  # also qminimalegl
    "platforms/qvnc",
    "platforms/qvkkhrdisplay",
    # The GTK theme would load the build machine's cairo and pango beside the user's GTK; the desktop
    # portal theme still gives native file dialogs.
    "platformthemes/qgtk3",
    "platforminputcontexts/qtvirtualkeyboardplugin",
    "wayland-graphics-integration-client/dmabuf-server",
    "wayland-graphics-integration-client/drm-egl-server",
    "wayland-graphics-integration-client/shm-emulation-server",
    "wayland-graphics-integration-client/vulkan-server",
    "wayland-shell-integration/fullscreen-shell",
    "wayland-shell-integration/ivi-shell",
    "wayland-shell-integration/qt-shell",
    "wayland-shell-integration/wl-shell",
    # Foldline reads PNG (built into Qt) and its SVG icon; other image formats never occur.
    "imageformats/qgif",
    "imageformats/qicns",
    "imageformats/qico",
    "imageformats/qpdf",
    "imageformats/qtga",
    "imageformats/qtiff",
    "imageformats/qwbmp",
    "imageformats/qwebp",
)


def is_unused_plugin(source: str, destination: str) -> bool:
    folder = PurePath(destination).as_posix().split("plugins/", 1)[-1]
    name = PurePath(source).name.removeprefix("lib")
    return any(f"{folder}/{name}".startswith(unused) for unused in UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, destination) for source, destination in binaries if not is_unused_plugin(source, destination)]
