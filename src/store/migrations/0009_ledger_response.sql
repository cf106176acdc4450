-- Whole hours from report to the platform's first response (a new reference number, a rejection
-- or the removal), rounded down; NULL while it has not answered. Rows folded before this column
-- existed are NULL as well: their response is unknown, and they count in no response figure.
-- Like every other column it says nothing of the case, link or reference it came from.
ALTER TABLE ledger_links ADD COLUMN hours_to_response INTEGER CHECK (hours_to_response >= 0);
