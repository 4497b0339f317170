"""Views → CSV / XLSX / ICS files. No Qt."""
