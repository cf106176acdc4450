-- Issue 19 part 9. `recheck --due` reads only the links of cases a re-check may touch (open and
-- held ones): with this index the choice starts from those cases and never reads the links of
-- resolved or wiped cases, which in a store of some years are most of them.
CREATE INDEX cases_by_status ON cases(status);
