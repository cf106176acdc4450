use std::borrow::Cow;
use std::io::{self, Write};

/// A plain, aligned text table: what staff read in a terminal and paste into notes. Columns are
/// padded by characters, not bytes, so Urdu and other non-ASCII text lines up. Cells may borrow
/// what they show (ids, statuses, URLs), and all rows' cells sit in one vector: `link list` over
/// 10,000 links would otherwise copy 80,000 strings into as many allocations (issue 19 part 9).
#[derive(Debug, Default)]
pub(crate) struct Table<'a> {
    header: Vec<String>,
    cells: Vec<Cow<'a, str>>,
}

impl<'a> Table<'a> {
    pub(crate) fn new(header: &[&str]) -> Table<'a> {
        Table {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            cells: Vec::new(),
        }
    }

    pub(crate) fn push<C: Into<Cow<'a, str>>>(&mut self, row: impl IntoIterator<Item = C>) {
        let before = self.cells.len();
        self.cells.extend(row.into_iter().map(Into::into));
        debug_assert_eq!(
            self.cells.len() - before,
            self.header.len(),
            "a row has one cell per column"
        );
    }

    fn rows(&self) -> std::slice::Chunks<'_, Cow<'a, str>> {
        self.cells.chunks(self.header.len().max(1))
    }

    pub(crate) fn write(&self, out: &mut impl Write) -> io::Result<()> {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for row in self.rows() {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        // One line buffer for the whole table, not one allocation per row.
        let mut line = String::new();
        let header: Vec<Cow<'_, str>> = self.header.iter().map(|h| h.as_str().into()).collect();
        for row in std::iter::once(header.as_slice()).chain(self.rows()) {
            line.clear();
            for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
                line.push_str(cell);
                if i + 1 < row.len() {
                    line.extend(std::iter::repeat_n(' ', width - cell.chars().count() + 2));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    /// The same table in Markdown, for reports pasted into documents.
    pub(crate) fn markdown(&self) -> String {
        let line = |cells: &mut dyn Iterator<Item = &str>| {
            let escaped: Vec<String> = cells.map(|c| c.replace('|', "\\|")).collect();
            format!("| {} |\n", escaped.join(" | "))
        };
        let mut out = line(&mut self.header.iter().map(String::as_str));
        out.push_str(&format!("|{}\n", "---|".repeat(self.header.len())));
        for row in self.rows() {
            out.push_str(&line(&mut row.iter().map(|c| c.as_ref())));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_pipes() {
        let mut t = Table::new(&["A", "B"]);
        t.push(["x|y", "1"]);
        assert_eq!(t.markdown(), "| A | B |\n|---|---|\n| x\\|y | 1 |\n");
    }

    #[test]
    fn columns_are_aligned_by_characters() {
        let mut t = Table::new(&["ID", "NAME"]);
        t.push(["C-1", "x"]);
        t.push(["اردو", "y"]);
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "ID    NAME\nC-1   x\nاردو  y\n"
        );
    }
}
