"""One module per incident field; each reads a Mention and quotes its evidence."""
