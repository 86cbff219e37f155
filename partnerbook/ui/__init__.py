"""Qt widgets, item models and dialogs: the only package that imports PySide6."""
