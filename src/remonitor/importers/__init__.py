"""File formats → validated rows → a commit in one transaction. No Qt."""
