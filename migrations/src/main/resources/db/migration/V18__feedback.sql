-- Families' feedback (API.md, Stage migrations). The scores are a read model of the query side;
-- the comments are personal data, owned by the personal-data module and erased with the family.
create table feedback_score (
    feedback_id uuid        primary key,
    family_id   uuid        not null,
    score       integer     not null,
    given_at    timestamptz not null
);
create index feedback_score_given on feedback_score (given_at);

create table feedback_comment (
    feedback_id  uuid          primary key,
    family_id    uuid          not null,
    community_id uuid          not null,
    comment      varchar(1000) not null
);
create index feedback_comment_family on feedback_comment (family_id);
