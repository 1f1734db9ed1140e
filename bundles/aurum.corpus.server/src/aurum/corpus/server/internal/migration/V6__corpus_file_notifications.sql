-- Aurum team server, schema version 6: live updates for the corpus files (docs/TEAM-SERVER.md, "Live updates").
-- A stored, replaced or removed assignments.json, labelset.json or clusters.json sends a notice on the channel
-- aurum_changes when its transaction commits. The payload names the corpus and the file only, never its content or
-- who stored it; every login may read these files anyway (V2), but the channel is open to anyone connected.
-- Only leads write corpus_file (V2). pg_notify needs no privilege, so the function runs as the writer (no SECURITY
-- DEFINER), as V5's do; a replacement with the same bytes (a push of an unchanged folder) sends nothing.
CREATE FUNCTION notify_corpus_file_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('aurum_changes', json_build_object('corpus', OLD.corpus_id, 'file', OLD.path)::text);
    ELSE
        PERFORM pg_notify('aurum_changes', json_build_object('corpus', NEW.corpus_id, 'file', NEW.path)::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER corpus_file_notify AFTER INSERT OR DELETE ON corpus_file
    FOR EACH ROW EXECUTE FUNCTION notify_corpus_file_change();
CREATE TRIGGER corpus_file_notify_update AFTER UPDATE ON corpus_file
    FOR EACH ROW WHEN (OLD.content IS DISTINCT FROM NEW.content OR OLD.path IS DISTINCT FROM NEW.path
                       OR OLD.corpus_id IS DISTINCT FROM NEW.corpus_id)
    EXECUTE FUNCTION notify_corpus_file_change();
