"""The window: one folder per feature (shell, chart, timeline, tracker, imports) and the
widgets they share — the only code that touches QWidget. It reads through ``views``, writes
through ``edits`` and never imports the store."""
