"""The chart panel and its parts: drawing, navigation and crosshair, event markers, export,
checks, the series picker."""
