-- Response times of /api/** requests, per node and minute, kept across restarts: the gate's p95
-- is read over the trailing 24 hours from these rows (API.md, Stage migrations). `buckets` holds
-- the count of requests per upper bound of ResponseTimes.BOUNDS_MS, the last one unbounded.
create table api_response_minute (
    minute   timestamptz not null,
    node_id  uuid        not null,
    requests bigint      not null,
    errors   bigint      not null,
    buckets  bigint[]    not null,
    primary key (minute, node_id)
);
