//! `partners.yaml` in the config directory: the helpline's partner contacts at platforms. It is
//! private to the helpline (names and addresses of people), so it is never in the repository
//! or the binary; README shows an example.

use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::yaml::{self, Diagnostic, NodePath, Problems};
use crate::domain::catalog::{Catalog, PlatformId};
use crate::domain::category::Category;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("there is no partners file at `{}`", .path.display())]
    Missing { path: PathBuf },
    #[error(transparent)]
    Read(yaml::Error),
    #[error("`{}` is not a valid partners file:\n{}", .path.display(), .problems.iter().map(|d| format!("  {d}")).collect::<Vec<_>>().join("\n"))]
    Invalid {
        path: PathBuf,
        problems: Vec<Diagnostic>,
    },
    #[error("no partner named `{0}` in the partners file")]
    UnknownPartner(String),
    #[error("no partner in the partners file takes `{category}` on `{platform}`")]
    NoPartner {
        platform: PlatformId,
        category: Category,
    },
}

impl crate::error::Hint for Error {
    fn hint(&self) -> Option<&'static str> {
        match self {
            Error::Missing { .. } => {
                Some("write the helpline's partner contacts there: README shows an example")
            }
            Error::NoPartner { .. } | Error::UnknownPartner(_) => {
                Some("add the partner to partners.yaml, or name one with `--partner`")
            }
            _ => None,
        }
    }
}

/// A year: a promise to answer later than that is no promise.
const MAX_RESPONSE_HOURS: u32 = 24 * 365;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartnersFile {
    partners: Vec<Partner>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Partner {
    pub(crate) name: String,
    /// Platform ids from the catalogue (`facebook`, `instagram`).
    pub(crate) platforms: Vec<PlatformId>,
    pub(crate) addresses: Vec<String>,
    /// What the partner takes; empty means every category.
    #[serde(default)]
    pub(crate) categories: Vec<Category>,
    /// `en` or `ur`: the language of messages to this partner.
    #[serde(default = "english")]
    pub(crate) language: String,
    /// The response time the partner promised (or the law sets): a follow-up is due after it.
    pub(crate) response_hours: u32,
}

fn english() -> String {
    "en".to_owned()
}

#[derive(Debug)]
pub(crate) struct Partners(Vec<Partner>);

impl Partners {
    /// Reads and checks the file; its platforms must be in `catalog` (the built-in one merged
    /// with the helpline's `--platforms` file).
    pub(crate) fn load(path: &Path, catalog: &Catalog) -> Result<Partners, Error> {
        let src = match yaml::read(path) {
            Ok(src) => src,
            Err(yaml::Error::Read(e)) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Error::Missing {
                    path: path.to_owned(),
                });
            }
            Err(e) => return Err(Error::Read(e)),
        };
        Self::parse(&src, catalog).map_err(|problems| Error::Invalid {
            path: path.to_owned(),
            problems,
        })
    }

    /// Parses and checks every partner; all problems at once, each at its line and column. A
    /// platform `catalog` does not know is one: with a typo the partner would never be picked.
    pub(crate) fn parse(src: &str, catalog: &Catalog) -> Result<Partners, Vec<Diagnostic>> {
        let parsed = yaml::from_str_past_unknown_keys::<PartnersFile>(src);
        let Some(file) = parsed.value.filter(|_| parsed.diagnostics.is_empty()) else {
            return Err(parsed.diagnostics);
        };
        let mut problems = Problems::default();
        let list = NodePath::default().key("partners");
        let mut names = std::collections::HashSet::new();
        for (n, p) in file.partners.iter().enumerate() {
            let at = list.index(n);
            // Names are matched without regard to case (`--partner`), and shown in one line.
            if p.name.trim().is_empty() || p.name.chars().any(char::is_control) {
                problems.at(
                    at.key("name"),
                    "a name is one line of text, not empty".to_owned(),
                );
            } else if !names.insert(p.name.trim().to_lowercase()) {
                problems.at(at.key("name"), "another partner has this name".to_owned());
            }
            if p.platforms.is_empty() {
                problems.at(at.key("platforms"), "lists no platform".to_owned());
            }
            for (i, platform) in p.platforms.iter().enumerate() {
                // `other` is what links on hosts no platform claims are filed under.
                let known =
                    *platform == PlatformId::other() || catalog.get(platform.as_str()).is_some();
                if !known {
                    problems.at(
                        at.key("platforms").index(i),
                        format!("no platform `{platform}` in the catalogue; `takedown platforms list` shows them"),
                    );
                }
            }
            if p.addresses.is_empty() {
                problems.at(at.key("addresses"), "lists no address".to_owned());
            }
            for (i, address) in p.addresses.iter().enumerate() {
                if address.parse::<lettre::Address>().is_err() {
                    problems.at(
                        at.key("addresses").index(i),
                        "not an e-mail address".to_owned(),
                    );
                }
            }
            if !matches!(p.language.as_str(), "en" | "ur") {
                problems.at(at.key("language"), "`en` and `ur` are known".to_owned());
            }
            if !(1..=MAX_RESPONSE_HOURS).contains(&p.response_hours) {
                problems.at(
                    at.key("response_hours"),
                    format!("give 1 to {MAX_RESPONSE_HOURS} hours"),
                );
            }
        }
        if problems.0.is_empty() {
            Ok(Partners(file.partners))
        } else {
            Err(yaml::locate(&parsed.text, problems))
        }
    }

    pub(crate) fn named(&self, name: &str) -> Result<&Partner, Error> {
        self.0
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| Error::UnknownPartner(name.to_owned()))
    }

    /// The first partner in the file that takes `category` on `platform`: the file's order is
    /// the helpline's preference.
    pub(crate) fn pick(
        &self,
        platform: &PlatformId,
        category: Category,
    ) -> Result<&Partner, Error> {
        self.0
            .iter()
            .find(|p| {
                p.platforms.contains(platform)
                    && (p.categories.is_empty() || p.categories.contains(&category))
            })
            .ok_or_else(|| Error::NoPartner {
                platform: platform.clone(),
                category,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "
partners:
  - name: Meta trusted partner desk
    platforms: [facebook, instagram]
    addresses: [trust@meta.example]
    categories: [ncii, impersonation]
    response_hours: 48
  - name: Everything desk
    platforms: [facebook]
    addresses: [all@meta.example, copy@meta.example]
    language: ur
    response_hours: 72
";

    fn builtin() -> Catalog {
        Catalog::builtin().unwrap()
    }

    /// Every problem of `src` checked against the built-in catalogue, as shown.
    fn problems(src: &str) -> Vec<String> {
        let found = Partners::parse(src, &builtin()).unwrap_err();
        found.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_first_partner_that_takes_the_platform_and_category_is_picked() {
        let partners = Partners::parse(FILE, &builtin()).unwrap();
        let pick = |p: &str, c| {
            partners
                .pick(&PlatformId::from(p.to_owned()), c)
                .map(|p| p.name.as_str())
        };
        assert_eq!(
            pick("instagram", Category::Ncii).unwrap(),
            "Meta trusted partner desk"
        );
        assert_eq!(
            pick("facebook", Category::Harassment).unwrap(),
            "Everything desk"
        );
        assert!(matches!(
            pick("x", Category::Ncii),
            Err(Error::NoPartner { .. })
        ));
        assert_eq!(partners.named("everything DESK").unwrap().language, "ur");
    }

    #[test]
    fn a_misspelt_key_is_placed() {
        let src = "partners:\n  - name: A\n    platfroms: [x]\n";
        let err = Partners::parse(src, &builtin()).unwrap_err();
        assert_eq!(err[0].line, 3, "{err:?}");
        assert!(err[0].message.contains("platfroms"), "{err:?}");
    }

    #[test]
    fn every_partner_that_cannot_work_is_placed() {
        let src = "\
partners:
  - name: Desk
    platforms: [facebook]
    addresses: [ok@partner.example, not an address]
    response_hours: 0
  - name: \"  \"
    platforms: []
    addresses: []
    language: fr
    response_hours: 48
  - name: \"Two\\nlines\"
    platforms: [x]
    addresses: [a@b.example]
    response_hours: 9999
  - name: desk
    platforms: [other]
    addresses: [a@b.example]
    response_hours: 1
";
        assert_eq!(
            problems(src),
            [
                "4:37: partners[0].addresses[1]: not an e-mail address",
                "5:21: partners[0].response_hours: give 1 to 8760 hours",
                "6:11: partners[1].name: a name is one line of text, not empty",
                "7:16: partners[1].platforms: lists no platform",
                "8:16: partners[1].addresses: lists no address",
                "9:15: partners[1].language: `en` and `ur` are known",
                "11:11: partners[2].name: a name is one line of text, not empty",
                "14:21: partners[2].response_hours: give 1 to 8760 hours",
                "15:11: partners[3].name: another partner has this name",
            ]
        );
    }

    #[test]
    fn a_platform_the_catalogue_does_not_know_is_placed_and_one_it_knows_is_taken() {
        let src = "\
partners:
  - name: Desk
    platforms: [instagram, facebok, testsite]
    addresses: [desk@partner.example]
    response_hours: 48
";
        assert_eq!(
            problems(src),
            [
                "3:28: partners[0].platforms[1]: no platform `facebok` in the catalogue; `takedown platforms list` shows them",
                "3:37: partners[0].platforms[2]: no platform `testsite` in the catalogue; `takedown platforms list` shows them",
            ]
        );
        // A platform the helpline's own platforms file adds is one the catalogue knows.
        let dir = tempfile::tempdir().unwrap();
        let platforms = dir.path().join("platforms.yaml");
        fs_err::write(
            &platforms,
            "\
schema_version: 1
platforms:
  - id: testsite
    name: Test site
    operator: null
    hosts:
      patterns: [\"127.0.0.1\"]
      canonical_host: \"127.0.0.1\"
      unverified: true
      checked: 2026-01-01
",
        )
        .unwrap();
        let merged = Catalog::load(Some(&platforms)).unwrap();
        let src = src.replace("facebok", "facebook");
        let partners = Partners::parse(&src, &merged).unwrap();
        assert!(
            partners
                .pick(&PlatformId::from("testsite".to_owned()), Category::Ncii)
                .is_ok()
        );
    }
}
