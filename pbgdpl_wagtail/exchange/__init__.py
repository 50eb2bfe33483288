"""The Q&A exchange format, the endpoint that serves it and (later) the sync client."""
