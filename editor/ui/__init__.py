"""The Qt layer: widgets that display results of the headless core and forward edits.

Imports everything; nothing outside `ui` (and the `app`/`cli` entry points) imports it.
"""

from editor.ui.none_refcount_guard import protect_none_refcount

protect_none_refcount()
