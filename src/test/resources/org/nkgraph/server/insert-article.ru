PREFIX nkg: <https://w3id.org/nkgraph/ontology#>
PREFIX nkr: <https://w3id.org/nkgraph/id/>

INSERT DATA {
  GRAPH <https://w3id.org/nkgraph/graph/article/inserted> {
    nkr:article\/inserted a nkg:Article ;
        nkg:title "An article added over SPARQL Update" .
  }
}
