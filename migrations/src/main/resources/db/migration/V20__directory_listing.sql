-- The families' directory (API.md, Families' own features): a family is listed unless it chose
-- to hide itself. A preference about personal data, so kept beside it, never in an event.
alter table family_personal_data add column listed boolean not null default true;
