-- Several guardians per family, each with an own login (API.md, Families with several guardians).
-- Logins move from family_personal_data to guardian: each existing family's login becomes its
-- first guardian, under the family's id, so that the actor ids already recorded in event
-- metadata keep naming the same person. Nothing is lost: every e-mail and hash is copied
-- before the columns go. The family keeps its name and contact e-mail.
create table guardian (
    guardian_id        uuid         primary key,
    family_id          uuid         not null references family_personal_data (family_id) on delete cascade,
    name               varchar(100) not null,
    email              varchar(254) not null,
    email_key          varchar(254) not null unique, -- lower-cased: unique across logins, case-insensitively
    password_hash      varchar(100),                 -- null: cannot log in until a reset
    phone              varchar(40),
    preferred_language varchar(10),
    added_at           timestamptz  not null default now()
);
create index guardian_family on guardian (family_id);

insert into guardian (guardian_id, family_id, name, email, email_key, password_hash)
select family_id, family_id, name, email, email_key, password_hash from family_personal_data;

alter table family_personal_data drop column email_key;
alter table family_personal_data drop column password_hash;
-- a family imported without any login has no contact e-mail
alter table family_personal_data alter column email drop not null;
-- the Stage-0 import brings addresses, children's last names and allergies, and unknown birth years
alter table family_personal_data add column address varchar(200);
alter table child_personal_data add column last_name varchar(100);
alter table child_personal_data add column allergies varchar(200);
alter table child_personal_data alter column birth_year drop not null;
