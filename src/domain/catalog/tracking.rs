//! Tracking parameters as catalogue data: the lists of query parameters that share buttons and
//! apps add to a link, global and per platform, and the catalogue as the [`LinkRules`] that
//! link normalisation asks which of them a link on a host loses.

use serde::{Deserialize, Serialize};

use super::Catalog;
use crate::domain::url::LinkRules;

/// A list of tracking-parameter patterns with its provenance. A pattern is a parameter name
/// (`fbclid`), or a prefix ending in `*` (`utm_*`); names are compared case-insensitively with
/// the percent-decoded name, and names that name the content (`url::CONTENT_PARAMS`) are never
/// dropped.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TrackingParams {
    pub(crate) names: Vec<String>,
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

impl LinkRules for Catalog {
    fn canonical_host(&self, host: &str) -> Option<String> {
        Catalog::canonical_host(self, host).map(str::to_owned)
    }

    fn tracking_params(&self, host: &str) -> Vec<&str> {
        let own = self.detect(host).map(|p| p.tracking_params.as_slice());
        self.entries
            .tracking_params
            .iter()
            .chain(own.unwrap_or_default())
            .flat_map(|list| list.names.iter().map(String::as_str))
            .collect()
    }
}
