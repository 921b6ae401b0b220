"""What operators and their tools ask of a running site: is it alive, is it ready,
what are its figures (Prometheus), and one access line per request."""
