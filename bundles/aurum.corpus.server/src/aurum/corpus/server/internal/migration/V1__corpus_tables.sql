-- Aurum team server, schema version 1: corpora, documents, layers and the audit trail of layer edits.
-- The design and the reasons for it: docs/TEAM-SERVER.md. Everything lives in the schema "aurum".

CREATE TABLE corpus (
    id                  text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$'),
    name                text NOT NULL,
    label_set_id        text,
    label_set_version   text,
    settings            jsonb NOT NULL DEFAULT '{}',
    analysis_state      text NOT NULL DEFAULT 'EMPTY',
    analysed_documents  integer NOT NULL DEFAULT -1,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user
);

CREATE TABLE document (
    corpus_id        text NOT NULL REFERENCES corpus (id) ON DELETE CASCADE,
    id               text NOT NULL CHECK (id ~ '^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$'),
    content_hash     text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    length           integer NOT NULL CHECK (length >= 0),
    bom_removed      boolean NOT NULL,
    title            text,
    source_file      text,
    published        date,
    url              text,
    language         text,
    excluded_regions jsonb NOT NULL DEFAULT '[]',
    text             text NOT NULL,
    added_at         timestamptz NOT NULL DEFAULT now(),
    added_by         text NOT NULL DEFAULT session_user,
    PRIMARY KEY (corpus_id, id),
    UNIQUE (corpus_id, content_hash)
);
-- Two ids differing only in case clash on Windows and macOS when the corpus is pulled into a folder.
CREATE UNIQUE INDEX document_id_folded ON document (corpus_id, lower(id));

-- One row per layer: its spans as one JSONB object, span id -> span (the layer file's span form).
CREATE TABLE layer (
    corpus_id     text NOT NULL,
    document_id   text NOT NULL,
    owner         text NOT NULL CHECK (owner = 'gold' OR owner ~ '^annotator:.+$'),
    annotator     text GENERATED ALWAYS AS (CASE WHEN owner = 'gold' THEN NULL ELSE substr(owner, 11) END) STORED,
    state         text NOT NULL CHECK (state IN ('NEW', 'IN_PROGRESS', 'DONE', 'CURATED')),
    revision      bigint NOT NULL CHECK (revision >= 1),
    content_hash  text NOT NULL,
    spans         jsonb NOT NULL CHECK (jsonb_typeof(spans) = 'object'),
    last_edit     jsonb NOT NULL,
    saved_at      timestamptz NOT NULL,
    saved_by      text NOT NULL,
    PRIMARY KEY (corpus_id, document_id, owner),
    FOREIGN KEY (corpus_id, document_id) REFERENCES document (corpus_id, id) ON DELETE CASCADE
);
CREATE INDEX layer_annotator ON layer (corpus_id, annotator);

-- The audit trail: one row per stored revision of a layer, written by a trigger (clients cannot skip or forge it).
CREATE TABLE layer_edit (
    seq          bigserial PRIMARY KEY,
    corpus_id    text NOT NULL,
    document_id  text NOT NULL,
    owner        text NOT NULL,
    annotator    text,
    revision     bigint NOT NULL,
    state        text NOT NULL,
    edit         jsonb NOT NULL,
    saved_at     timestamptz NOT NULL,
    saved_by     text NOT NULL
);
CREATE INDEX layer_edit_layer ON layer_edit (corpus_id, document_id, owner, revision);

-- Who and when are the server's: the session's login role and the server clock, whatever the client sent.
CREATE FUNCTION layer_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.saved_at := clock_timestamp();
    NEW.saved_by := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER layer_stamp BEFORE INSERT OR UPDATE ON layer FOR EACH ROW EXECUTE FUNCTION layer_stamp();

CREATE FUNCTION layer_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = aurum, pg_temp AS $$
BEGIN
    INSERT INTO layer_edit (corpus_id, document_id, owner, annotator, revision, state, edit, saved_at, saved_by)
    VALUES (NEW.corpus_id, NEW.document_id, NEW.owner, NEW.annotator, NEW.revision, NEW.state, NEW.last_edit,
            NEW.saved_at, NEW.saved_by);
    RETURN NULL;
END
$$;
CREATE TRIGGER layer_audit AFTER INSERT OR UPDATE ON layer FOR EACH ROW EXECUTE FUNCTION layer_audit();

-- Files of the folder format kept byte for byte so that a pull writes them back exactly:
-- clusters.json, assignments.json, labelset.json.
CREATE TABLE corpus_file (
    corpus_id  text NOT NULL REFERENCES corpus (id) ON DELETE CASCADE,
    path       text NOT NULL CHECK (path IN ('clusters.json', 'assignments.json', 'labelset.json')),
    content    bytea NOT NULL,
    saved_at   timestamptz NOT NULL DEFAULT now(),
    saved_by   text NOT NULL DEFAULT session_user,
    PRIMARY KEY (corpus_id, path)
);

-- Near-duplicate clusters and related pairs, as the folder's analysis found them (clusters.json).
CREATE TABLE relation (
    corpus_id   text NOT NULL REFERENCES corpus (id) ON DELETE CASCADE,
    first_id    text NOT NULL,
    second_id   text NOT NULL,
    relation    text NOT NULL CHECK (relation IN ('NEAR_DUPLICATE', 'RELATED')),
    similarity  double precision NOT NULL,
    PRIMARY KEY (corpus_id, first_id, second_id),
    CHECK (first_id < second_id)
);
CREATE TABLE duplicate_cluster (
    corpus_id    text NOT NULL REFERENCES corpus (id) ON DELETE CASCADE,
    document_id  text NOT NULL,
    cluster_id   text NOT NULL,
    PRIMARY KEY (corpus_id, document_id)
);
