-- The role the application runs as: it owns nothing and cannot bypass row-level security.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clausewarden_app') THEN
        CREATE ROLE clausewarden_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;
GRANT clausewarden_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO clausewarden_app;

-- The tenant of the current transaction, set by the application with set_config('app.tenant_id', ?, true).
-- An unset or reset setting yields NULL, and NULL matches no row.
CREATE FUNCTION app_tenant() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE TABLE tenants (
    id             uuid PRIMARY KEY,
    name           varchar(200) NOT NULL,
    region         varchar(32)  NOT NULL,
    retention_days integer      NOT NULL,
    created_at     timestamptz  NOT NULL
);

-- Maps a sign-in e-mail to its tenant so that login can open the right tenant; holds no content.
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
    created_at           timestamptz  NOT NULL,
    UNIQUE (tenant_id, email)
);

CREATE TABLE tenant_keys (
    tenant_id   uuid PRIMARY KEY REFERENCES tenants (id),
    kek_id      varchar(200) NOT NULL,
    wrapped_key bytea        NOT NULL,
    created_at  timestamptz  NOT NULL
);

CREATE TABLE playbooks (
    id         uuid PRIMARY KEY,
    tenant_id  uuid         NOT NULL REFERENCES tenants (id),
    slug       varchar(100) NOT NULL,
    version    integer      NOT NULL,
    name       varchar(200) NOT NULL,
    is_default boolean      NOT NULL,
    definition text         NOT NULL,
    created_at timestamptz  NOT NULL,
    UNIQUE (tenant_id, slug, version)
);

CREATE TABLE reviews (
    id               uuid PRIMARY KEY,
    tenant_id        uuid         NOT NULL REFERENCES tenants (id),
    created_by       uuid         NOT NULL,
    playbook_slug    varchar(100) NOT NULL,
    playbook_version integer      NOT NULL,
    created_at       timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    payload          bytea        NOT NULL
);
CREATE INDEX reviews_expiry ON reviews (expires_at);

-- Row-level security on every tenant table, forced so that not even the owner is exempt.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants USING (id = app_tenant()) WITH CHECK (id = app_tenant());

ALTER TABLE user_directory ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_directory FORCE ROW LEVEL SECURITY;
-- Login looks an e-mail up before any tenant is known; writes stay confined to the current tenant.
CREATE POLICY directory_lookup ON user_directory FOR SELECT USING (true);
CREATE POLICY directory_write ON user_directory FOR INSERT WITH CHECK (tenant_id = app_tenant());
CREATE POLICY directory_delete ON user_directory FOR DELETE USING (tenant_id = app_tenant());

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE tenant_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_keys USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE playbooks ENABLE ROW LEVEL SECURITY;
ALTER TABLE playbooks FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON playbooks USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE reviews FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON reviews USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, user_directory, users, tenant_keys, playbooks, reviews TO clausewarden_app;
GRANT EXECUTE ON FUNCTION app_tenant() TO clausewarden_app;
