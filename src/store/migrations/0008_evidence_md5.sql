-- MD5 of video evidence: what video hash lists still carry until video hashing comes. NULL for
-- everything else.
ALTER TABLE evidence ADD COLUMN md5 TEXT;
