"""Domain types and rules: no Qt, no SQL, no I/O."""
