-- Tenants get a real region; rows of earlier versions said 'local'.
UPDATE tenants SET region = 'US' WHERE region NOT IN ('US', 'EU', 'AU');
ALTER TABLE tenants ADD CONSTRAINT tenants_region CHECK (region IN ('US', 'EU', 'AU'));

CREATE TABLE model_settings (
    tenant_id         uuid PRIMARY KEY REFERENCES tenants (id),
    provider          varchar(16)  NOT NULL,
    model             varchar(200),
    endpoints         clob         NOT NULL,
    api_key           varbinary,
    daily_token_limit bigint       NOT NULL,
    updated_at        timestamp with time zone NOT NULL,
    CONSTRAINT model_settings_provider CHECK (provider IN ('openai', 'anthropic', 'none')),
    CONSTRAINT model_settings_daily_token_limit CHECK (daily_token_limit >= 0)
);

CREATE TABLE model_usage (
    tenant_id uuid   NOT NULL REFERENCES tenants (id),
    usage_day date   NOT NULL,
    tokens    bigint NOT NULL,
    PRIMARY KEY (tenant_id, usage_day)
);
