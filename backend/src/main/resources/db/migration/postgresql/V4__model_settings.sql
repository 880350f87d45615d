-- Tenants get a real region: where their data may be processed and which model endpoint serves them.
-- Rows of earlier versions said 'local'. Row-level security is forced on tenants, so the owner lifts it
-- for the one statement that must see every row; a failure rolls the whole migration back.
ALTER TABLE tenants NO FORCE ROW LEVEL SECURITY;
UPDATE tenants SET region = 'US' WHERE region NOT IN ('US', 'EU', 'AU');
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
ALTER TABLE tenants ADD CONSTRAINT tenants_region CHECK (region IN ('US', 'EU', 'AU'));

-- A tenant's own model provider settings; without a row the server's configured settings apply.
-- endpoints is a JSON object of region -> base URL; api_key is ciphertext under the tenant's data key.
CREATE TABLE model_settings (
    tenant_id         uuid PRIMARY KEY REFERENCES tenants (id),
    provider          varchar(16)  NOT NULL,
    model             varchar(200),
    endpoints         text         NOT NULL,
    api_key           bytea,
    daily_token_limit bigint       NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CONSTRAINT model_settings_provider CHECK (provider IN ('openai', 'anthropic', 'none')),
    CONSTRAINT model_settings_daily_token_limit CHECK (daily_token_limit >= 0)
);

-- Prompt plus answer tokens spent per tenant and UTC day (usage_day: DAY is a keyword in H2).
CREATE TABLE model_usage (
    tenant_id uuid   NOT NULL REFERENCES tenants (id),
    usage_day date   NOT NULL,
    tokens    bigint NOT NULL,
    PRIMARY KEY (tenant_id, usage_day)
);

ALTER TABLE model_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON model_settings USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

ALTER TABLE model_usage ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_usage FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON model_usage USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON model_settings, model_usage TO clausewarden_app;
