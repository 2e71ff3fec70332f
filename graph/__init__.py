"""Turn article records into a persistent, queryable RDF knowledge graph (rdflib API, Oxigraph engine)."""
