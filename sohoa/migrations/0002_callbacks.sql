-- The callback registrations (sohoa/callbacks.py): which system is told of which events at
-- which URL, with the secret its notifications are signed with. One row per registration;
-- body is the registration as DATA/callbacks.json holds it. Every change is made under one
-- advisory lock, as the file is changed under flock.
CREATE TABLE callbacks (
    id         text PRIMARY KEY,
    created_at text NOT NULL,
    body       jsonb NOT NULL
);
