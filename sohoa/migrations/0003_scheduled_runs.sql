-- When each scheduled job (sohoa worker --beat) last ran (sohoa/locks.py, Locks.once): with
-- two machines both sending the schedule, a job runs once per period, on whichever machine
-- claims it first; the other skips it.
CREATE TABLE scheduled_runs (
    name     text PRIMARY KEY,
    last_run timestamptz NOT NULL
);
