"""What each panel and each export shows, read from the store on a worker: no Qt, so the
command line prints the same."""
