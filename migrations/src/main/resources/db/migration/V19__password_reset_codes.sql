-- One-time password reset codes a coordinator issues to a guardian (API.md, Families' own features).
-- Personal data, beside the guardian it opens: only a SHA-256 digest of the code is kept, never the
-- code; a guardian has at most one code (a new one replaces the old); a code is deleted when used.
create table password_reset_code (
    guardian_id  uuid        primary key references guardian (guardian_id) on delete cascade,
    code_digest  bytea       not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null
);
