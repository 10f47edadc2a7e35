-- Login accounts of staff (the bootstrap admin); families log in through family_personal_data.
create table app_user (
    user_id       uuid         primary key,
    username      varchar(100) not null unique,
    password_hash varchar(100) not null,
    roles         varchar(200) not null
);

-- The personal-data vault (command side): everything about a family that is personal lives
-- here, never in an event payload. Erasure deletes the rows; the ledger history stays whole.
create table family_personal_data (
    family_id     uuid         primary key,
    community_id  uuid         not null,
    name          varchar(100) not null,
    email         varchar(254) not null,
    email_key     varchar(254) not null unique, -- lower-cased: e-mails are unique case-insensitively
    password_hash varchar(100) not null
);

create table child_personal_data (
    child_id   uuid         primary key,
    family_id  uuid         not null references family_personal_data (family_id) on delete cascade,
    first_name varchar(100) not null,
    birth_year integer      not null,
    class_name varchar(40)
);
create index child_personal_data_family on child_personal_data (family_id);

-- Read model (query side): the family roster, built from Family events.
create table family_roster (
    family_id    uuid        primary key,
    community_id uuid        not null,
    status       varchar(20) not null,
    enrolled_at  timestamptz not null,
    withdrawn_at timestamptz,
    erased_at    timestamptz
);
