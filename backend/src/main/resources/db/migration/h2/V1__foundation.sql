-- The embedded H2 database has no row-level security; tenant isolation rests on the repositories,
-- which take the tenant on every query. H2's PostgreSQL mode provides set_config, so one code path
-- serves both databases.

CREATE TABLE tenants (
    id             uuid PRIMARY KEY,
    name           varchar(200) NOT NULL,
    region         varchar(32)  NOT NULL,
    retention_days integer      NOT NULL,
    created_at     timestamp with time zone NOT NULL
);

CREATE TABLE user_directory (
    email     varchar(320) PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    user_id   uuid NOT NULL
);

CREATE TABLE users (
    id                   uuid PRIMARY KEY,
    tenant_id            uuid         NOT NULL REFERENCES tenants (id),
    email                varchar(320) NOT NULL,
    display_name         varchar(200) NOT NULL,
    password_hash        varchar(256) NOT NULL,
    roles                varchar(200) NOT NULL,
    must_change_password boolean      NOT NULL,
    created_at           timestamp with time zone NOT NULL,
    UNIQUE (tenant_id, email)
);

CREATE TABLE tenant_keys (
    tenant_id   uuid PRIMARY KEY REFERENCES tenants (id),
    kek_id      varchar(200) NOT NULL,
    wrapped_key varbinary    NOT NULL,
    created_at  timestamp with time zone NOT NULL
);

CREATE TABLE playbooks (
    id         uuid PRIMARY KEY,
    tenant_id  uuid         NOT NULL REFERENCES tenants (id),
    slug       varchar(100) NOT NULL,
    version    integer      NOT NULL,
    name       varchar(200) NOT NULL,
    is_default boolean      NOT NULL,
    definition clob         NOT NULL,
    created_at timestamp with time zone NOT NULL,
    UNIQUE (tenant_id, slug, version)
);

CREATE TABLE reviews (
    id               uuid PRIMARY KEY,
    tenant_id        uuid         NOT NULL REFERENCES tenants (id),
    created_by       uuid         NOT NULL,
    playbook_slug    varchar(100) NOT NULL,
    playbook_version integer      NOT NULL,
    created_at       timestamp with time zone NOT NULL,
    expires_at       timestamp with time zone NOT NULL,
    payload          varbinary    NOT NULL
);
CREATE INDEX reviews_expiry ON reviews (expires_at);
