"""Widgets, dialogs, Qt item models: the only code that touches QWidget."""
