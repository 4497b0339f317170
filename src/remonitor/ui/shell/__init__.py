"""The frame around the panels: main window, action registry, files in and out, status bar,
notifications, task list, preferences, about, restore, background work."""
