"""The edge of the assistant: web channel, input cleaning, redaction and crisis detection."""
