"""The event timeline: its panel, the lanes drawn beside the list, the event dialog and the
undo commands."""
