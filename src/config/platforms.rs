// TEMPORARY STUB until the platforms helper delivers.
use serde::Serialize;
use std::path::Path;
#[derive(Debug, Serialize)]
pub(crate) struct Platform {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) operator: Option<String>,
    pub(crate) hosts: Vec<String>,
}
#[derive(Debug)]
pub(crate) struct Catalog {
    platforms: Vec<Platform>,
}
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("x")]
    X,
}
pub(crate) struct Diagnostic {
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) message: String,
}
impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}
impl Catalog {
    pub(crate) fn builtin() -> Result<Catalog, Error> {
        if false { return Err(Error::X); }
        Ok(Catalog { platforms: vec![] })
    }
    pub(crate) fn load(_f: Option<&Path>) -> Result<Catalog, Error> {
        Self::builtin()
    }
    pub(crate) fn platforms(&self) -> &[Platform] {
        &self.platforms
    }
    pub(crate) fn get(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }
    pub(crate) fn detect(&self, host: &str) -> Option<&Platform> {
        self.platforms
            .iter()
            .find(|p| p.hosts.iter().any(|h| h == host))
    }
    pub(crate) fn canonical_host(&self, _host: &str) -> Option<&str> {
        None
    }
}
pub(crate) fn check(_src: &str) -> Vec<Diagnostic> {
    vec![]
}
pub(crate) fn read_user_file(p: &Path) -> anyhow::Result<String> {
    Ok(fs_err::read_to_string(p)?)
}
