"""What a control did: the analysis dialog."""
