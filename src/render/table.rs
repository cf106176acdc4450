use std::io::{self, Write};

/// A plain, aligned text table: what staff read in a terminal and paste into notes. Columns are
/// padded by characters, not bytes, so Urdu and other non-ASCII text lines up.
#[derive(Debug, Default)]
pub(crate) struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub(crate) fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(
            row.len(),
            self.header.len(),
            "a row has one cell per column"
        );
        self.rows.push(row);
    }

    pub(crate) fn write(&self, out: &mut impl Write) -> io::Result<()> {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        // One line buffer for the whole table, not one allocation per row.
        let mut line = String::new();
        for row in std::iter::once(&self.header).chain(&self.rows) {
            line.clear();
            for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
                if i + 1 == row.len() {
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    line.extend(std::iter::repeat_n(' ', width - cell.chars().count() + 2));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    /// The same table in Markdown, for reports pasted into documents.
    pub(crate) fn markdown(&self) -> String {
        let line = |cells: &[String]| {
            let escaped: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
            format!("| {} |\n", escaped.join(" | "))
        };
        let mut out = line(&self.header);
        out.push_str(&format!("|{}\n", "---|".repeat(self.header.len())));
        for row in &self.rows {
            out.push_str(&line(row));
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
        t.push(vec!["x|y".into(), "1".into()]);
        assert_eq!(t.markdown(), "| A | B |\n|---|---|\n| x\\|y | 1 |\n");
    }

    #[test]
    fn columns_are_aligned_by_characters() {
        let mut t = Table::new(&["ID", "NAME"]);
        t.push(vec!["C-1".into(), "x".into()]);
        t.push(vec!["اردو".into(), "y".into()]);
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "ID    NAME\nC-1   x\nاردو  y\n"
        );
    }
}
