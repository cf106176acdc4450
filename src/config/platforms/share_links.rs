//! One post, one link: the built-in catalogue's tracking lists measured on a committed corpus of
//! real-shaped share-button variants (`tests/fixtures/share_variants.txt`).

use std::collections::HashMap;

use crate::domain::catalog::Catalog;
use crate::domain::url::normalize;

const CORPUS: &str = include_str!("../../../tests/fixtures/share_variants.txt");

/// Each post with its variants, in file order.
fn corpus() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut posts: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in CORPUS.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.strip_prefix("post: ") {
            Some(post) => posts.push((post, Vec::new())),
            None => posts
                .last_mut()
                .expect("the corpus starts with a post")
                .1
                .push(line),
        }
    }
    posts
}

#[test]
fn share_variants_collapse_to_their_post_and_posts_never_merge() {
    let catalog = Catalog::builtin().expect("the built-in catalogue loads");
    let norm = |raw: &str| {
        normalize(raw, &catalog)
            .unwrap_or_else(|err| panic!("corpus link does not normalise: {err}"))
            .as_str()
            .to_owned()
    };
    let posts = corpus();
    let mut owner: HashMap<String, &str> = HashMap::new();
    for (post, _) in &posts {
        if let Some(other) = owner.insert(norm(post), post) {
            panic!("two posts merged into one link: {other} and {post}");
        }
    }
    let (mut total, mut collapsed, mut apart) = (0, 0, Vec::new());
    for (post, variants) in &posts {
        let expected = norm(post);
        for variant in variants {
            total += 1;
            let got = norm(variant);
            if got == expected {
                collapsed += 1;
                continue;
            }
            if let Some(other) = owner.get(&got) {
                panic!("{variant} (a variant of {post}) became the link of another post, {other}");
            }
            apart.push(format!("{variant} -> {got}"));
        }
    }
    let share = collapsed as f64 / total as f64;
    eprintln!(
        "one post, one link: {collapsed} of {total} variants ({:.1}%) of {} posts collapse to their post's link; kept apart:\n{}",
        share * 100.0,
        posts.len(),
        apart.join("\n")
    );
    assert!(total >= 150, "the corpus has {total} variants");
    assert!(
        share >= 0.95,
        "only {collapsed} of {total} variants collapse"
    );
}
