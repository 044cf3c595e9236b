"""Document tree and writers (DOCX, PDF, bundle, compile). Never imports Qt, never reads the database."""
