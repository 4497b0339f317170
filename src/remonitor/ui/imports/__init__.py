"""The import dialog: the wizard and its column-mapping box."""
