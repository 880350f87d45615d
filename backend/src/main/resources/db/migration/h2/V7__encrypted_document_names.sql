-- Upload file names are kept encrypted under the firm's data key, like the documents themselves.
-- Names stored in plain text before are dropped, not migrated: their reviews keep their documents and
-- offer the redlined copy as "document.redlined.docx".
ALTER TABLE reviews ADD COLUMN document_name_sealed varbinary;
ALTER TABLE reviews DROP COLUMN document_name;
