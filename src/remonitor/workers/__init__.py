"""Task runner, the store's writer thread: Qt signals, no widgets."""
