-- Aurum team server, schema version 2: the three roles and row-level security (docs/TEAM-SERVER.md).
-- A person is a PostgreSQL login role named like their annotator id and a member of one of these groups;
-- a curator is also an annotator, a lead also a curator. Roles belong to the whole PostgreSQL cluster, so
-- they are created only when missing (several Aurum databases may share a cluster).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aurum_annotator') THEN
        CREATE ROLE aurum_annotator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aurum_curator') THEN
        CREATE ROLE aurum_curator NOLOGIN IN ROLE aurum_annotator;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aurum_lead') THEN
        CREATE ROLE aurum_lead NOLOGIN IN ROLE aurum_curator;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA aurum TO aurum_annotator;
GRANT SELECT ON corpus, document, corpus_file, relation, duplicate_cluster TO aurum_annotator;
GRANT SELECT, INSERT, UPDATE ON layer TO aurum_annotator;
GRANT SELECT ON layer_edit TO aurum_annotator;
GRANT INSERT, UPDATE, DELETE ON corpus, document, corpus_file, relation, duplicate_cluster TO aurum_lead;
GRANT DELETE ON layer TO aurum_lead;

-- Blind annotation: an annotator sees their own layers and gold once it is curated, nothing else,
-- whatever SQL their connection sends. Curators see every layer and write gold; leads do anything.
ALTER TABLE layer ENABLE ROW LEVEL SECURITY;
CREATE POLICY layer_own ON layer FOR ALL TO aurum_annotator
    USING (annotator = current_user) WITH CHECK (annotator = current_user);
CREATE POLICY layer_gold_published ON layer FOR SELECT TO aurum_annotator
    USING (owner = 'gold' AND state = 'CURATED');
CREATE POLICY layer_curator_reads ON layer FOR SELECT TO aurum_curator USING (true);
CREATE POLICY layer_curator_gold ON layer FOR ALL TO aurum_curator
    USING (owner = 'gold') WITH CHECK (owner = 'gold');
CREATE POLICY layer_lead ON layer FOR ALL TO aurum_lead USING (true) WITH CHECK (true);

ALTER TABLE layer_edit ENABLE ROW LEVEL SECURITY;
CREATE POLICY layer_edit_own ON layer_edit FOR SELECT TO aurum_annotator USING (annotator = current_user);
CREATE POLICY layer_edit_curator ON layer_edit FOR SELECT TO aurum_curator USING (true);

-- The layer table is owned by the role that ran the migration; the audit trigger runs as that owner.
