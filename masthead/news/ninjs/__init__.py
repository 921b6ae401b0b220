"""IPTC ninjs 3.1 (News in JSON): import documents as articles, export articles.

`importer.import_file()` and `exporter.export_article()` are the entry points; the
`import` and `export` management commands and the `?format=ninjs` view call them.
"""
