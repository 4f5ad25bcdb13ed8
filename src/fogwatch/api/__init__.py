"""api: the HTTP API and the web dashboard (`fogwatch serve`)."""
