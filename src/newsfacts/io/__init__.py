"""Reading archives of articles and writing claims: readers, encodings, writers, flat rows."""

from .flat import COLUMNS, FLAT_COLUMNS, arrow_schema, flatten_document, to_pandas
from .limits import DEFAULT_LIMITS, Limits, LimitExceeded
from .readers import Fields, ReadError, Reader, SourceDoc, format_of, read_inputs
from .writers import WRITE_FORMATS, ErrorWriter, Writer, format_for_output, write_documents

__all__ = [
    "COLUMNS",
    "DEFAULT_LIMITS",
    "FLAT_COLUMNS",
    "ErrorWriter",
    "Fields",
    "LimitExceeded",
    "Limits",
    "ReadError",
    "Reader",
    "SourceDoc",
    "WRITE_FORMATS",
    "Writer",
    "arrow_schema",
    "flatten_document",
    "format_for_output",
    "format_of",
    "read_inputs",
    "to_pandas",
    "write_documents",
]
