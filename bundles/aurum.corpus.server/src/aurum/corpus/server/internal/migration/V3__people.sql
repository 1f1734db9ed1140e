-- Aurum team server, schema version 3: managing people through functions, so that a client sends only
-- parameters (no SQL text holding names or passwords) and a lead needs no superuser rights.
-- The functions run as the schema's owner and accept only Aurum's own roles and persons.

CREATE FUNCTION person_name_allowed(person text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT person ~ '^[A-Za-z0-9_][A-Za-z0-9._-]{0,62}$'
       AND person !~* '^(pg_|aurum_)'
       AND lower(person) NOT IN ('gold', 'suggestions', 'postgres', 'public', 'none', 'current_user', 'session_user')
$$;

-- The persons: login roles that are members of an Aurum group, with their strongest role.
CREATE VIEW person AS
    SELECT m.rolname::text AS name,
           CASE WHEN bool_or(g.rolname = 'aurum_lead') THEN 'lead'
                WHEN bool_or(g.rolname = 'aurum_curator') THEN 'curator'
                ELSE 'annotator' END AS role
      FROM pg_auth_members a
      JOIN pg_roles m ON m.oid = a.member
      JOIN pg_roles g ON g.oid = a.roleid
     WHERE g.rolname IN ('aurum_annotator', 'aurum_curator', 'aurum_lead')
       AND m.rolname NOT IN ('aurum_annotator', 'aurum_curator', 'aurum_lead')
       AND NOT m.rolsuper
     GROUP BY m.rolname;
GRANT SELECT ON person TO aurum_annotator;

CREATE FUNCTION require_group(grp text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF grp IS NULL OR grp NOT IN ('aurum_annotator', 'aurum_curator', 'aurum_lead') THEN
        RAISE EXCEPTION 'unknown role %: use annotator, curator or lead', grp USING ERRCODE = '22023';
    END IF;
END
$$;

CREATE FUNCTION require_person(person text) RETURNS void LANGUAGE plpgsql
    SET search_path = aurum, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM person p WHERE p.name = person) THEN
        RAISE EXCEPTION 'there is no person %', person USING ERRCODE = '42704';
    END IF;
END
$$;

CREATE FUNCTION create_person(person text, grp text, verifier text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = aurum, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT person_name_allowed(person) THEN
        RAISE EXCEPTION 'the name % cannot be used for a person: letters, digits, ".", "_" and "-", at most 63, not gold, suggestions or a name starting pg_ or aurum_', person
            USING ERRCODE = '22023';
    END IF;
    PERFORM require_group(grp);
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a password is accepted only as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
        RAISE EXCEPTION 'a person or role named % exists already', person USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE IN ROLE %I PASSWORD %L', person, grp, verifier);
END
$$;

CREATE FUNCTION set_person_role(person text, grp text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = aurum, pg_catalog, pg_temp AS $$
DECLARE
    g text;
BEGIN
    PERFORM require_person(person);
    PERFORM require_group(grp);
    FOREACH g IN ARRAY ARRAY['aurum_annotator', 'aurum_curator', 'aurum_lead'] LOOP
        IF EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member JOIN pg_roles r ON r.oid = a.roleid
                    WHERE m.rolname = person AND r.rolname = g) THEN
            EXECUTE format('REVOKE %I FROM %I', g, person);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', grp, person);
END
$$;

CREATE FUNCTION set_person_password(person text, verifier text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = aurum, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM require_person(person);
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a password is accepted only as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', person, verifier);
END
$$;

CREATE FUNCTION drop_person(person text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = aurum, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM require_person(person);
    EXECUTE format('DROP ROLE %I', person);
END
$$;

REVOKE ALL ON FUNCTION create_person(text, text, text), set_person_role(text, text),
    set_person_password(text, text), drop_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION create_person(text, text, text), set_person_role(text, text),
    set_person_password(text, text), drop_person(text) TO aurum_lead;
