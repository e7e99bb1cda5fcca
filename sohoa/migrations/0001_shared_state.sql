-- The shared state of an installation whose machines share no folder: people and their
-- accounts, the web service's session key, signed-out sessions, rate-limit counters and the
-- audit trail.

-- One row per person, as the registry keeps them (sohoa/people.py): key is the name folded
-- as the registry compares names.
CREATE TABLE people (
    key  text PRIMARY KEY,
    body jsonb NOT NULL
);

-- Secrets every web process must hold alike (the key that signs session tokens).
CREATE TABLE web_secrets (
    name  text PRIMARY KEY,
    value bytea NOT NULL
);

-- Session tokens signed out before their expiry (epoch seconds).
CREATE TABLE revoked_sessions (
    token_id text PRIMARY KEY,
    expires  bigint NOT NULL
);
CREATE INDEX revoked_sessions_expires ON revoked_sessions (expires);

-- Fixed-window rate-limit counters (web/auth.py).
CREATE TABLE rate_counters (
    key   text PRIMARY KEY,
    count integer NOT NULL,
    until timestamptz NOT NULL
);

-- The audit trail, one line per entry exactly as the file trail holds it; seq is given under
-- one transaction lock, so the order is one, without gaps (archive/audit_trail.py).
CREATE TABLE audit_entries (
    seq  bigint PRIMARY KEY CHECK (seq > 0),
    line text NOT NULL
);
