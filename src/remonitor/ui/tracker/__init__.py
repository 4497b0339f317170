"""The licence tracker: its panel and parts — columns, details, status summary, editor,
files — and its dialogs."""
