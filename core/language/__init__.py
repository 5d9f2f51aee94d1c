"""Language helpers: normalising what people type before anything reads it."""
