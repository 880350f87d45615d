-- The uploaded Word document of a review, kept encrypted (like the result) so that a redlined copy
-- can be produced later; it expires with the review.
ALTER TABLE reviews ADD COLUMN document bytea;
ALTER TABLE reviews ADD COLUMN document_name varchar(255);

-- The author shown on tracked changes in redlined documents; null means the product default.
ALTER TABLE tenants ADD COLUMN redline_author varchar(100);
