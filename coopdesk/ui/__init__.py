"""The desktop app (PySide6): the only package that imports Qt.

Pages and dialogs receive a :class:`coopdesk.ui.context.UiContext` (the service context,
the per-user Qt settings, the database worker); nothing here is a global.
"""
