-- Aurum team server, schema version 4: the document index's listing (docs/TEAM-SERVER.md, "Listing and stats").
-- Pages are read by key (WHERE id > the last id of the page before, ORDER BY id), in byte order (COLLATE "C", as a
-- folder corpus lists them) whatever the database's collation, so that the first and the millionth page cost the same.
CREATE INDEX document_listing ON document (corpus_id, id COLLATE "C");
-- Filtering by layer state: which documents have a layer in a state (of an owner).
CREATE INDEX layer_state ON layer (corpus_id, state, owner);
