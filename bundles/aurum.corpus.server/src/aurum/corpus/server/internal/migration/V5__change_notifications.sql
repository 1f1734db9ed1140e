-- Aurum team server, schema version 5: live updates (docs/TEAM-SERVER.md, "Live updates"). Every stored layer
-- revision and every added document sends a notification on the channel aurum_changes when its transaction
-- commits, which connected clients LISTEN to. The payload names the corpus and the document only, never the
-- layer's owner, state or spans: anyone connected may listen, and blind annotation must hold; a client that is
-- told reads again what it may see.
CREATE FUNCTION notify_layer_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('aurum_changes', json_build_object('corpus', NEW.corpus_id, 'document', NEW.document_id)::text);
    RETURN NULL;
END
$$;
CREATE FUNCTION notify_document_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('aurum_changes', json_build_object('corpus', NEW.corpus_id, 'document', NEW.id)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER layer_notify AFTER INSERT OR UPDATE ON layer FOR EACH ROW EXECUTE FUNCTION notify_layer_change();
CREATE TRIGGER document_notify AFTER INSERT ON document FOR EACH ROW EXECUTE FUNCTION notify_document_added();
