-- All projections now run in one streaming processor, "projections", instead of one processor
-- each. Its starting point is the slowest of the old ones: every event up to there was handled
-- by every projection; later events are handled again, which every projection tolerates (their
-- writes are idempotent). If any old token is missing or in the middle of a replay, no token is
-- written and the new processor starts from the first event, which is just as correct, only slower.
with old as (
    select case when token_type like '%.GapAwareTrackingToken' then convert_from(token, 'UTF8')::jsonb
                when token_type like '%.ReplayToken' then convert_from(token, 'UTF8')::jsonb -> 'currentToken'
           end as position
      from token_entry
     where processor_name in ('family-roster', 'sel-accounts', 'sel-history', 'group-orders', 'metric-sel',
                              'metric-activity', 'metric-orders', 'community-progress')
       and segment = 0
),
handled as (
    -- the highest index below which nothing is left unhandled: the index, or just before the first gap
    select least((position ->> 'index')::bigint,
                 (select min(gap::bigint) - 1 from jsonb_array_elements_text(position -> 'gaps') gap)) as upto
      from old
)
insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
select 'projections', 0, convert_to('{"index":' || min(upto) || ',"gaps":[]}', 'UTF8'),
       'org.axonframework.eventhandling.GapAwareTrackingToken',
       to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), null
  from handled
having count(*) = 8 and count(upto) = 8;

delete from token_entry
 where processor_name in ('family-roster', 'sel-accounts', 'sel-history', 'group-orders', 'metric-sel',
                          'metric-activity', 'metric-orders', 'community-progress');
