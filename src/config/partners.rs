//! `partners.yaml` in the config directory: the helpline's partner contacts at platforms. It is
//! private to the helpline (names and addresses of people), so it is never in the repository
//! or the binary; README shows an example.

use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::yaml::{self, Diagnostic};
use crate::domain::category::Category;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("there is no partners file at `{}`", .path.display())]
    Missing { path: PathBuf },
    #[error(transparent)]
    Read(yaml::Error),
    #[error("the partners file `{}` has a problem at {problem}", .path.display())]
    Invalid { path: PathBuf, problem: Diagnostic },
    #[error("no partner named `{0}` in the partners file")]
    UnknownPartner(String),
    #[error("no partner in the partners file takes `{category}` on `{platform}`")]
    NoPartner {
        platform: String,
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
    pub(crate) platforms: Vec<String>,
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
    pub(crate) fn load(path: &Path) -> Result<Partners, Error> {
        let src = match yaml::read(path) {
            Ok(src) => src,
            Err(yaml::Error::Read(e)) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Error::Missing {
                    path: path.to_owned(),
                });
            }
            Err(e) => return Err(Error::Read(e)),
        };
        Self::parse(&src).map_err(|problem| Error::Invalid {
            path: path.to_owned(),
            problem,
        })
    }

    fn parse(src: &str) -> Result<Partners, Diagnostic> {
        let file: PartnersFile = yaml::from_str(src)?;
        let at_start = |message: String| Diagnostic {
            line: 1,
            column: 1,
            message,
        };
        for p in &file.partners {
            if p.addresses.is_empty() {
                return Err(at_start(format!("partner `{}` has no address", p.name)));
            }
            if !matches!(p.language.as_str(), "en" | "ur") {
                return Err(at_start(format!(
                    "partner `{}` has language `{}`; `en` and `ur` are known",
                    p.name, p.language
                )));
            }
        }
        Ok(Partners(file.partners))
    }

    pub(crate) fn named(&self, name: &str) -> Result<&Partner, Error> {
        self.0
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| Error::UnknownPartner(name.to_owned()))
    }

    /// The first partner in the file that takes `category` on `platform`: the file's order is
    /// the helpline's preference.
    pub(crate) fn pick(&self, platform: &str, category: Category) -> Result<&Partner, Error> {
        self.0
            .iter()
            .find(|p| {
                p.platforms.iter().any(|id| id == platform)
                    && (p.categories.is_empty() || p.categories.contains(&category))
            })
            .ok_or_else(|| Error::NoPartner {
                platform: platform.to_owned(),
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

    #[test]
    fn the_first_partner_that_takes_the_platform_and_category_is_picked() {
        let partners = Partners::parse(FILE).unwrap();
        let pick = |p, c| partners.pick(p, c).map(|p| p.name.as_str());
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
        let err = Partners::parse("partners:\n  - name: A\n    platfroms: [x]\n").unwrap_err();
        assert_eq!(err.line, 3, "{err:?}");
        assert!(err.message.contains("platfroms"), "{err:?}");
    }
}
