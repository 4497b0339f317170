"""Widgets every panel shares: the table model and views, the paged model, the form dialog,
error boxes."""
