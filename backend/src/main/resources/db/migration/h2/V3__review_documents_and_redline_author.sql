ALTER TABLE reviews ADD COLUMN document varbinary;
ALTER TABLE reviews ADD COLUMN document_name varchar(255);
ALTER TABLE tenants ADD COLUMN redline_author varchar(100);
