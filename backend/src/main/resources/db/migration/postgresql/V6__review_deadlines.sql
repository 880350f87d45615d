-- Why a review failed (timeout, shutdown, abandoned, error); null for reviews that did not fail.
ALTER TABLE reviews ADD COLUMN failure_reason varchar(32);

-- The deadline of every running review. A node stops each review at its deadline, so a row still here well
-- after it belongs to a node that died; any node may then fail that review. The table holds no content, only
-- ids and a time, so every node may read all of it (as user_directory); writes stay within the tenant.
CREATE TABLE running_reviews (
    review_id   uuid PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    deadline_at timestamptz NOT NULL
);
CREATE INDEX running_reviews_deadline ON running_reviews (deadline_at);

ALTER TABLE running_reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE running_reviews FORCE ROW LEVEL SECURITY;
CREATE POLICY deadline_lookup ON running_reviews FOR SELECT USING (true);
CREATE POLICY deadline_write ON running_reviews FOR INSERT WITH CHECK (tenant_id = app_tenant());
CREATE POLICY deadline_delete ON running_reviews FOR DELETE USING (tenant_id = app_tenant());
GRANT SELECT, INSERT, DELETE ON running_reviews TO clausewarden_app;
