"""The meeting brief on screen, on paper and in files (HTML, Markdown, PDF)."""
