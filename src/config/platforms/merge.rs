//! Merging a platforms file over the catalogue it extends, by `id`, and indexing the merged
//! platforms' hosts; a host claimed by two platforms is a problem of the file being read.

use std::collections::HashMap;

use super::PlatformsFile;
use super::validate::Problems;
use crate::config::yaml::NodePath;
use crate::domain::address::AllowedHosts;
use crate::domain::catalog::{Catalog, Entries, HostIndex, HostPattern};

pub(super) fn merge(
    base: Option<Catalog>,
    file: PlatformsFile,
    problems: &mut Problems,
) -> Catalog {
    // Only a file merged over the built-in one is the user's, whose exact hosts are reachable
    // even when they are not public.
    let user_file = base.is_some();
    let Entries {
        mut platforms,
        mut hotlines,
        mut jurisdictions,
        mut sources,
        default_removal_markers: defaults,
        mut tracking_params,
    } = base.map(Catalog::into_entries).unwrap_or_default();
    // Which entry of the file each platform came from; `None` for one kept from the base.
    let mut from_file: Vec<Option<usize>> = vec![None; platforms.len()];
    for (index, platform) in file.platforms.into_iter().enumerate() {
        match platforms.iter().position(|p| p.id == platform.id) {
            Some(at) => {
                platforms[at] = platform;
                from_file[at] = Some(index);
            }
            None => {
                platforms.push(platform);
                from_file.push(Some(index));
            }
        }
    }
    for hotline in file.hotlines {
        match hotlines.iter().position(|h| h.id == hotline.id) {
            Some(at) => hotlines[at] = hotline,
            None => hotlines.push(hotline),
        }
    }
    for jurisdiction in file.jurisdictions {
        match jurisdictions.iter().position(|j| j.id == jurisdiction.id) {
            Some(at) => jurisdictions[at] = jurisdiction,
            None => jurisdictions.push(jurisdiction),
        }
    }
    sources.extend(file.sources);
    tracking_params.extend(file.tracking_params);
    let default_removal_markers = if file.default_removal_markers.is_empty() {
        defaults
    } else {
        file.default_removal_markers
    };

    // Entries kept from the base go in first, so a clash is blamed on the file being read.
    let mut order: Vec<usize> = (0..platforms.len()).collect();
    order.sort_by_key(|&at| from_file[at].is_some());
    let hosts_path = |at: usize| {
        from_file[at].map(|index| {
            NodePath::default()
                .key("platforms")
                .index(index)
                .key("hosts")
        })
    };
    let mut hosts = HostIndex::default();
    for &at in &order {
        let path = hosts_path(at);
        for (n, text) in platforms[at].hosts.patterns.iter().enumerate() {
            // Invalid patterns were reported by `validate`.
            let Ok(pattern) = text.parse::<HostPattern>() else {
                continue;
            };
            if let (Err(&owner), Some(path)) = (hosts.insert(pattern, at), &path)
                && owner != at
            {
                problems.at(
                    path.key("patterns").index(n),
                    format!(
                        "host pattern `{text}` already belongs to platform `{}`",
                        platforms[owner].id
                    ),
                );
            }
        }
    }
    // Only now that every pattern is known: a host that one platform rewrites (or names as
    // canonical) but that is detected as another would file a link under one platform and
    // normalise it for the other.
    let mut rewrites: HashMap<String, usize> = HashMap::new();
    for &at in &order {
        let platform = &platforms[at];
        let path = hosts_path(at);
        let canonical = (
            path.as_ref().map(|p| p.key("canonical_host")),
            &platform.hosts.canonical_host,
            false,
        );
        let rewritten = platform
            .hosts
            .rewrite_hosts
            .iter()
            .enumerate()
            .map(|(n, host)| {
                let node = path.as_ref().map(|p| p.key("rewrite_hosts").index(n));
                (node, host, true)
            });
        for (node, host, is_rewrite) in std::iter::once(canonical).chain(rewritten) {
            match hosts.lookup(host) {
                Some(&owner) if owner != at => {
                    let other = &platforms[owner].id;
                    match (node, hosts_path(owner)) {
                        (Some(node), _) => problems.at(
                            node,
                            format!("`{host}` is detected as platform `{other}`"),
                        ),
                        (None, Some(theirs)) => problems.at(
                            theirs.key("patterns"),
                            format!(
                                "these patterns take `{host}` from platform `{}`, which relies on it",
                                platform.id
                            ),
                        ),
                        (None, None) => {}
                    }
                }
                _ if is_rewrite => {
                    rewrites.insert(host.clone(), at);
                }
                _ => {}
            }
        }
    }
    let allowed = if user_file {
        let named = order.iter().filter(|&&at| from_file[at].is_some());
        AllowedHosts::new(
            named.flat_map(|&at| platforms[at].hosts.patterns.iter().map(String::as_str)),
        )
    } else {
        AllowedHosts::default()
    };
    let entries = Entries {
        default_removal_markers,
        tracking_params,
        platforms,
        hotlines,
        jurisdictions,
        sources,
    };
    Catalog::new(entries, hosts, rewrites, allowed)
}
