"""Reading a corpus: files in, :class:`graphx.model.Corpus` out.

Enters: a file or folder. ``walk`` says which files are read; ``readers``
turns one file's bytes into article records (text, HTML, WordPress JSON,
PDF, ...), with ``wpjson`` for broken JSON and ``furniture`` for page
furniture; ``sidecar`` adds per-file metadata; ``pubdate`` normalises and
infers publication dates; ``corpus`` assembles the Documents, with every
skipped or failed file named (``problems`` says why an entry is no
article). Leaves: a ``Corpus`` and its ``report``.
"""

__all__: list[str] = []
