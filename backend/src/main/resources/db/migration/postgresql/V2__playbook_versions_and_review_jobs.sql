-- Playbook versions: drafts are editable, published versions are immutable (a trigger enforces it;
-- deleting stays possible so that a closed tenant can be purged).
ALTER TABLE playbooks ADD COLUMN status varchar(16) NOT NULL DEFAULT 'published';
ALTER TABLE playbooks ADD COLUMN published_at timestamptz;
ALTER TABLE playbooks ADD COLUMN updated_at timestamptz;
UPDATE playbooks SET published_at = created_at, updated_at = created_at;
ALTER TABLE playbooks ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE playbooks ADD CONSTRAINT playbooks_status CHECK (status IN ('draft', 'published'));
CREATE UNIQUE INDEX playbooks_one_draft ON playbooks (tenant_id, slug) WHERE status = 'draft';

-- The tenant's default playbook is a setting of the tenant, not of a playbook version.
ALTER TABLE tenants ADD COLUMN default_playbook varchar(100);
UPDATE tenants t SET default_playbook = (
    SELECT p.slug FROM playbooks p WHERE p.tenant_id = t.id AND p.is_default ORDER BY p.version DESC LIMIT 1);
ALTER TABLE playbooks DROP COLUMN is_default;

CREATE FUNCTION reject_published_playbook_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'published playbook versions are immutable' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER published_playbooks_are_immutable
    BEFORE UPDATE ON playbooks
    FOR EACH ROW EXECUTE FUNCTION reject_published_playbook_change();

-- Reviews run as jobs: a row exists from the start, the encrypted result arrives when it is done.
ALTER TABLE reviews ADD COLUMN status varchar(16) NOT NULL DEFAULT 'done';
ALTER TABLE reviews ADD CONSTRAINT reviews_status CHECK (status IN ('running', 'done', 'failed'));
ALTER TABLE reviews ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE reviews ADD COLUMN clause_count integer NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN finished_at timestamptz;
