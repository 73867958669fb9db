"""The input and output formats by name (kept apart so the command line can offer them
without loading the readers and writers)."""

FORMATS = ("txt", "md", "html", "json", "jsonl", "csv", "tsv", "warc", "zip", "tar", "gz")
WRITE_FORMATS = ("jsonl", "claims", "csv", "parquet")
