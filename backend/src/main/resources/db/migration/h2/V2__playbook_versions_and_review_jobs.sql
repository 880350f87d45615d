ALTER TABLE playbooks ADD COLUMN status varchar(16) NOT NULL DEFAULT 'published';
ALTER TABLE playbooks ADD COLUMN published_at timestamp with time zone;
ALTER TABLE playbooks ADD COLUMN updated_at timestamp with time zone;
UPDATE playbooks SET published_at = created_at, updated_at = created_at;
ALTER TABLE playbooks ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE playbooks ADD CONSTRAINT playbooks_status CHECK (status IN ('draft', 'published'));

ALTER TABLE tenants ADD COLUMN default_playbook varchar(100);
UPDATE tenants t SET default_playbook = (
    SELECT p.slug FROM playbooks p WHERE p.tenant_id = t.id AND p.is_default ORDER BY p.version DESC LIMIT 1);
ALTER TABLE playbooks DROP COLUMN is_default;

ALTER TABLE reviews ADD COLUMN status varchar(16) NOT NULL DEFAULT 'done';
ALTER TABLE reviews ADD CONSTRAINT reviews_status CHECK (status IN ('running', 'done', 'failed'));
ALTER TABLE reviews ALTER COLUMN payload SET NULL;
ALTER TABLE reviews ADD COLUMN clause_count integer NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN finished_at timestamp with time zone;
