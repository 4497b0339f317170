"""remonitor: a desktop monitor of China's rare-earth exports."""

__version__ = "0.1.0"
