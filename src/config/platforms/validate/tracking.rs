//! Checks of tracking-parameter lists: each pattern is a plain parameter name or a prefix ending
//! in `*`, and none covers a parameter that names the content, which would merge two posts into
//! one link.

use super::Validator;
use crate::config::yaml::NodePath;
use crate::domain::catalog::TrackingParams;
use crate::domain::url::covers_content_param;

impl Validator<'_> {
    pub(super) fn tracking_params(&mut self, path: &NodePath, list: &TrackingParams) {
        self.fact(path, &list.sources, &list.checked, list.unverified);
        if list.names.is_empty() {
            self.problem(
                path.key("names"),
                "a tracking list needs at least one name".to_owned(),
            );
        }
        for (n, name) in list.names.iter().enumerate() {
            if let Some(problem) = pattern_problem(name) {
                self.problem(path.key("names").index(n), problem);
            }
        }
    }
}

fn pattern_problem(pattern: &str) -> Option<String> {
    let stem = pattern.strip_suffix('*').unwrap_or(pattern);
    if stem.is_empty() {
        return Some(format!(
            "`{pattern}` would drop every parameter: give a name, or a prefix before `*`"
        ));
    }
    let odd = |c: char| c.is_whitespace() || c.is_control() || "=&#?*%".contains(c);
    if stem.chars().any(odd) {
        return Some(format!(
            "`{pattern}` is not a parameter name: write it decoded, without `=`, `&`, `#`, `?` or `%`, with `*` only at the end"
        ));
    }
    covers_content_param(pattern).map(|content| {
        format!("`{pattern}` covers `{content}`, which names the content: it is never dropped")
    })
}

#[cfg(test)]
mod tests {
    use super::pattern_problem;

    #[test]
    fn patterns_are_names_or_prefixes_that_spare_the_content() {
        for good in [
            "fbclid",
            "utm_*",
            "__cft__[0]",
            "__cft__*",
            "is_from_webapp",
            "s",
            "t",
        ] {
            assert_eq!(pattern_problem(good), None, "{good}");
        }
        for (bad, why) in [
            ("*", "every parameter"),
            ("", "every parameter"),
            ("a=b", "not a parameter name"),
            ("utm_*x", "not a parameter name"),
            ("__cft__%5B0%5D", "not a parameter name"),
            ("a b", "not a parameter name"),
            ("v", "names the content"),
            ("ID", "names the content"),
            ("story_*", "`story_fbid`"),
            ("f*", "`fbid`"),
        ] {
            let problem = pattern_problem(bad).unwrap_or_default();
            assert!(problem.contains(why), "{bad}: {problem}");
        }
    }
}
