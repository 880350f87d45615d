-- Why a review failed (timeout, shutdown, abandoned, error); null for reviews that did not fail.
ALTER TABLE reviews ADD COLUMN failure_reason varchar(32);

-- The deadline of every running review: a row still here well after it belongs to a node that died.
CREATE TABLE running_reviews (
    review_id   uuid PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    deadline_at timestamp with time zone NOT NULL
);
CREATE INDEX running_reviews_deadline ON running_reviews (deadline_at);
