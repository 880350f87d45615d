CREATE TABLE masked_names (
    tenant_id  uuid PRIMARY KEY REFERENCES tenants (id),
    names      varbinary NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
