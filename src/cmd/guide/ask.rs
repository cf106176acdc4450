//! The questions of an interactive guide, on the terminal: prompts go to stderr (stdout is the
//! guide itself); answers are read line by line and forgotten as soon as they have chosen the
//! next question.

use std::io::{self, BufRead as _, Write as _};

use crate::config::templates::Strings;
use crate::domain::catalog::{Catalog, Platform};
use crate::domain::category::Category;
use crate::domain::route::{self, Situation};
use crate::render::bidi;
use crate::render::guide::Contact;
use crate::render::templates::Lang;

/// Questions on the terminal. Prompts go to stderr (stdout is the guide itself); answers are
/// read line by line and forgotten as soon as they have chosen the next question.
pub(super) struct Asker<'s> {
    t: &'s Strings,
    lang: Lang,
}

impl<'s> Asker<'s> {
    pub(super) fn new(t: &'s Strings, lang: Lang) -> Asker<'s> {
        Asker { t, lang }
    }

    /// Built-in strings are merged under a user's file, so every key exists.
    fn s(&self, key: &str) -> &'s str {
        self.t.get(key).map_or("", String::as_str)
    }

    fn read(&self) -> anyhow::Result<String> {
        let mut line = String::new();
        if io::stdin().lock().read_line(&mut line)? == 0 {
            anyhow::bail!("the guide was stopped before the end");
        }
        Ok(line)
    }

    /// Writes `text` as it is: a prompt keeps the cursor on its own line.
    fn say(&self, text: &str) -> io::Result<()> {
        let mut err = io::stderr().lock();
        write!(err, "{text}")?;
        err.flush()
    }

    /// A numbered menu; with `several`, any number of its options (at least one). Urdu digits
    /// count as digits, since a victim may type either.
    fn choose_some(
        &mut self,
        question: &str,
        options: &[&str],
        several: bool,
    ) -> anyhow::Result<Vec<usize>> {
        let prompt = if several {
            "prompt_numbers"
        } else {
            "prompt_number"
        };
        loop {
            let mut menu = format!("\n{question}\n");
            for (n, option) in options.iter().enumerate() {
                menu.push_str(&format!("  {}. {option}\n", n + 1));
            }
            menu.push_str(self.s(prompt));
            self.say(&(menu + " "))?;
            if let Some(chosen) =
                numbers(&self.read()?, options.len()).filter(|chosen| several || chosen.len() == 1)
            {
                return Ok(chosen);
            }
            self.say(&format!("{}\n", self.s("prompt_again")))?;
        }
    }

    fn choose(&mut self, question: &str, options: &[&str]) -> anyhow::Result<usize> {
        Ok(self.choose_some(question, options, false)?[0])
    }

    fn yes(&mut self, key: &str) -> anyhow::Result<bool> {
        Ok(self.choose(self.s(key), &[self.s("yes"), self.s("no")])? == 0)
    }

    /// Danger, then monitoring, then age; advice follows each answer at once. Returns whether
    /// the guide is about a minor.
    pub(super) fn safety(&mut self, contacts: &[Contact<'_>], minor: bool) -> anyhow::Result<bool> {
        self.say(&format!("{}\n", self.s("intro")))?;
        if self.yes("q_danger")? {
            let mut text = format!("\n{}\n", self.s("a_danger"));
            for c in contacts {
                let name = match (self.lang, &c.ur) {
                    (Lang::Ur, Some(ur)) => ur.name,
                    _ => c.name,
                };
                let mark = c.unverified.then(|| format!(" [{}]", self.s("unverified")));
                text.push_str(&format!(
                    "  {name}: {}{}\n",
                    self.phone(c.phone),
                    mark.unwrap_or_default()
                ));
            }
            if !contacts.iter().any(|c| !c.unverified) {
                text.push_str(&format!("{}\n", self.s("no_confirmed_number")));
            }
            self.say(&text)?;
        }
        if self.yes("q_monitored")? {
            self.say(&format!("\n{}\n", self.s("a_monitored")))?;
        }
        Ok(minor || self.yes("q_minor")?)
    }

    pub(super) fn category(&mut self) -> anyhow::Result<Category> {
        let all: Vec<Category> = Category::ALL
            .into_iter()
            .filter(|c| *c != Category::Other)
            .collect();
        let labels: Vec<&str> = all.iter().map(|c| self.s(&format!("cat_{c}"))).collect();
        Ok(all[self.choose(self.s("q_category"), &labels)?])
    }

    /// A number in right-to-left text, kept whole.
    fn phone(&self, phone: &str) -> String {
        match self.lang {
            Lang::Ur => bidi::isolate(phone),
            Lang::En => phone.to_owned(),
        }
    }

    /// The platforms with a route for `category`, any number of them.
    pub(super) fn platforms<'c>(
        &mut self,
        catalog: &'c Catalog,
        category: Category,
    ) -> anyhow::Result<Vec<&'c Platform>> {
        let all = catalog.platforms().iter();
        let mut offered: Vec<&Platform> = all
            .clone()
            .filter(|p| {
                let situation = Situation {
                    platform: Some(p),
                    category,
                    minor: false,
                    jurisdiction: None,
                };
                category == Category::Csam || !route::plan(catalog, situation).choices.is_empty()
            })
            .collect();
        // A harm no platform has a channel for still gets a guide: the hotlines and the
        // platform's general report button.
        if offered.is_empty() {
            offered = all.collect();
        }
        let names: Vec<&str> = offered.iter().map(|p| p.name.as_str()).collect();
        let chosen = self.choose_some(self.s("q_platforms"), &names, true)?;
        Ok(chosen.into_iter().map(|n| offered[n]).collect())
    }

    pub(super) fn wait(&mut self) -> anyhow::Result<()> {
        self.say(&format!("\n{} ", self.s("prompt_next")))?;
        self.read().map(drop)
    }
}

/// The numbers typed in `answer` (spaces or commas between them), each from 1 to `count`, as
/// indexes in the order typed, without repeats; `None` unless every word is such a number.
fn numbers(answer: &str, count: usize) -> Option<Vec<usize>> {
    let digits: String = answer
        .chars()
        .map(|c| match c {
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
            '\u{60c}' => ',',
            c => c,
        })
        .collect();
    let mut chosen = Vec::new();
    let words = digits.split(|c: char| c.is_whitespace() || c == ',');
    for word in words.filter(|w| !w.is_empty()) {
        let n = word
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=count).contains(n))?;
        if !chosen.contains(&(n - 1)) {
            chosen.push(n - 1);
        }
    }
    (!chosen.is_empty()).then_some(chosen)
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn several_numbers_in_either_script_with_spaces_or_commas() {
        assert_eq!(numbers("1 4", 5), Some(vec![0, 3]));
        assert_eq!(numbers(" ۲،۳ , 2 ", 5), Some(vec![1, 2]));
        assert_eq!(numbers("3\r\n", 3), Some(vec![2]), "as a terminal sends it");
        for bad in ["", "  ", "0", "6", "1 nine", "1.5", "-1"] {
            assert_eq!(numbers(bad, 5), None, "{bad:?}");
        }
    }
}
