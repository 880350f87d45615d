-- A firm's own list of names to mask before clause text goes to a model provider. The names of a firm's
-- clients are confidential: names is ciphertext of the JSON array under the tenant's data key, bound to
-- the row. Without a row the firm has listed no names.
CREATE TABLE masked_names (
    tenant_id  uuid PRIMARY KEY REFERENCES tenants (id),
    names      bytea       NOT NULL,
    updated_at timestamptz NOT NULL
);

ALTER TABLE masked_names ENABLE ROW LEVEL SECURITY;
ALTER TABLE masked_names FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON masked_names USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON masked_names TO clausewarden_app;
