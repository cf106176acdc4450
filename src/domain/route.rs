//! Route choice: for one platform and abuse category (and whether the case concerns a minor),
//! which channels to use, best first, and why.
//!
//! Pure rules over the catalogue's data: no I/O, no templates. The reasons are keys with the
//! facts behind them, so each language says them in its own words and the facts keep their
//! sources and `unverified` marks.

use serde::Serialize;

use crate::domain::catalog::{
    Authority, Catalog, Channel, ChannelKind, Hotline, HotlineKind, Jurisdiction, Law,
    LegalDeadline, Note, Platform,
};
use crate::domain::category::Category;
use crate::domain::link::Route;
use crate::domain::protection::{CaseFacts, ChildAbuse};

/// What the plan is for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Situation<'a> {
    /// `None` for a link on a host the catalogue does not know.
    pub(crate) platform: Option<&'a Platform>,
    pub(crate) category: Category,
    pub(crate) minor: bool,
    /// The case's jurisdiction code (`pk`), when known.
    pub(crate) jurisdiction: Option<&'a str>,
}

/// The channels to use, best first, and the reasons for that order.
#[derive(Debug, Serialize)]
pub(crate) struct Plan<'a> {
    pub(crate) category: Category,
    /// Minors' cases and CSAM go to hotlines only.
    pub(crate) hotlines_only: bool,
    /// Child sexual abuse material in law (`domain::protection`): `csam`, or a minor's case of a
    /// sexual category. Handled as `csam` throughout.
    pub(crate) child_abuse: bool,
    /// The category whose laws apply: `csam` for child sexual abuse material, else `category`.
    pub(crate) law_category: Category,
    /// Whether screenshots, images or videos may travel with a report at all.
    pub(crate) media_allowed: bool,
    /// Sexually explicit content: worth a partner escalation when the public route stalls.
    pub(crate) partner_escalation: bool,
    pub(crate) choices: Vec<Choice<'a>>,
    pub(crate) reasons: Vec<Reason<'a>>,
    /// Priority programmes of the platform (Meta Trusted Partner, Aylo Trusted Flagger).
    pub(crate) partner_programs: &'a [Note],
}

/// One channel to use, with the route to record once it is filed (`link set --route`).
#[derive(Debug, Serialize)]
pub(crate) struct Choice<'a> {
    pub(crate) route: Route,
    #[serde(flatten)]
    pub(crate) target: Target<'a>,
    /// A choice that only holds in some cases, e.g. DMCA only for images the victim took.
    pub(crate) condition: Option<Condition>,
    pub(crate) unverified: bool,
}

#[derive(Debug, Serialize)]
#[serde(tag = "target", content = "channel", rename_all = "snake_case")]
pub(crate) enum Target<'a> {
    Platform(&'a Channel),
    Hotline(&'a Hotline),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Condition {
    /// The victim took the image or video themselves, so they hold its copyright.
    SelfTaken,
}

/// Why the plan looks the way it does. Templates word each key; `fact` carries the catalogue's
/// statement with its sources, and `here` says whether that fact is about this platform.
#[derive(Debug, Serialize)]
#[serde(tag = "key", rename_all = "snake_case")]
pub(crate) enum Reason<'a> {
    /// A measured result on this platform: the copyright route removed what the NCII flow did not.
    DmcaFirst { fact: &'a Note },
    /// The copyright route exists and can work for self-taken images; not measured here.
    DmcaAlso,
    /// DMCA notices can be published (Lumen) with the sender's name.
    LumenWarning { fact: Option<&'a Note>, here: bool },
    /// CSAM, or anything about a minor: only hotlines, URLs only.
    HotlinesOnly { minor: bool, csam: bool },
    /// A minor's sexual images are child sexual abuse material in law (PECA 2016 s.22): handle
    /// the case as `csam`, and record it so.
    RecordAsCsam,
    /// Never attach, download, screenshot or forward the material.
    NoMedia,
    /// Sexually explicit content of an adult: mark for partner escalation. Never beside
    /// `HotlinesOnly`: what goes to the hotlines goes nowhere else.
    PartnerEscalation,
    /// At least one channel is not confirmed by any source.
    Unverified,
    /// The catalogue knows no channel for this category on this platform.
    NoChannel,
    /// No sextortion channel is known here: report the account that threatens for harassment,
    /// and hash the pictures before they can be shared.
    SextortionAsHarassment,
}

/// Picks the channels for `situation`, best first.
pub(crate) fn plan<'a>(catalog: &'a Catalog, situation: Situation<'a>) -> Plan<'a> {
    let Situation {
        platform,
        category,
        minor,
        jurisdiction,
    } = situation;
    let child_abuse = CaseFacts {
        categories: &[category],
        minor,
    }
    .child_abuse();
    let hotlines_only = child_abuse.is_some() || minor;
    let mut reasons = Vec::new();
    let mut choices = Vec::new();

    if hotlines_only {
        // A minor's sexual images are CSAM in law, whatever the case was filed as; other harm to
        // a minor still goes through people trained for it, never a platform form with details.
        let wanted = if child_abuse.is_some() {
            Category::Csam
        } else {
            category
        };
        choices = hotlines_for(
            catalog.hotlines(),
            wanted,
            child_abuse.is_some(),
            jurisdiction,
        );
        reasons.push(Reason::HotlinesOnly {
            minor,
            csam: child_abuse.is_some(),
        });
        if let Some(ChildAbuse::MinorSexual(_)) = child_abuse {
            reasons.push(Reason::RecordAsCsam);
        }
        reasons.push(Reason::NoMedia);
    } else {
        let channels = |c: Category| {
            platform
                .and_then(|p| p.channels.get(&c))
                .map_or(&[][..], Vec::as_slice)
        };
        let mut own: Vec<&Channel> = channels(category).iter().collect();
        if category == Category::Sextortion {
            // A threat is harassment on every platform, and the pictures can be hashed before
            // anyone shares them: where no sextortion route is recorded, those two still are.
            if own.is_empty() {
                own = channels(Category::Harassment).iter().collect();
                if !own.is_empty() {
                    reasons.push(Reason::SextortionAsHarassment);
                }
            }
            let hashing = channels(Category::Ncii)
                .iter()
                .filter(|c| c.kind == ChannelKind::Hotline);
            for channel in hashing {
                if !own.iter().any(|c| c.hotline == channel.hotline) {
                    own.push(channel);
                }
            }
        }
        let mut direct: Vec<Choice<'a>> = own
            .into_iter()
            .map(|c| platform_choice(c, category, None))
            .collect();
        if category == Category::Ncii {
            let dmca: Vec<Choice<'a>> = channels(Category::Copyright)
                .iter()
                .map(|c| platform_choice(c, Category::Copyright, Some(Condition::SelfTaken)))
                .collect();
            if !dmca.is_empty() {
                match catalog.note_citing(platform, AUDIT_SOURCE) {
                    Some((fact, true)) => {
                        reasons.push(Reason::DmcaFirst { fact });
                        choices.extend(dmca);
                    }
                    _ => {
                        reasons.push(Reason::DmcaAlso);
                        direct.extend(dmca);
                    }
                }
            }
        }
        choices.extend(direct);
        if choices.iter().any(|c| c.route == Route::Dmca) {
            let found = catalog.note_citing(platform, LUMEN_SOURCE);
            reasons.push(Reason::LumenWarning {
                fact: found.map(|(note, _)| note),
                here: found.is_some_and(|(_, here)| here),
            });
        }
        // Stable: the catalogue lists channels best first; only unconfirmed ones move down.
        choices.sort_by_key(|c| c.unverified);
    }
    let partner_escalation = category.is_sexual() && !hotlines_only;
    if partner_escalation {
        reasons.push(Reason::PartnerEscalation);
    }
    if choices.is_empty() {
        reasons.push(Reason::NoChannel);
    }
    if choices.iter().any(|c| c.unverified) {
        reasons.push(Reason::Unverified);
    }
    Plan {
        category,
        hotlines_only,
        child_abuse: child_abuse.is_some(),
        law_category: if child_abuse.is_some() {
            Category::Csam
        } else {
            category
        },
        media_allowed: !hotlines_only,
        partner_escalation,
        choices,
        reasons,
        partner_programs: platform.map_or(&[][..], |p| p.partner_programs.as_slice()),
    }
}

/// The X audit (Li et al. 2024): 25 of 25 DMCA reports removed, 0 of 25 NCII reports.
const AUDIT_SOURCE: &str = "li2024_audit";
/// Google's page on forwarding removal notices to Lumen.
const LUMEN_SOURCE: &str = "google_lumen";

fn platform_choice(
    channel: &Channel,
    category: Category,
    condition: Option<Condition>,
) -> Choice<'_> {
    Choice {
        route: route_of(channel, category),
        target: Target::Platform(channel),
        condition,
        unverified: channel.unverified,
    }
}

/// The route a report through `channel` is recorded under (`link set --route`).
pub(crate) fn route_of(channel: &Channel, category: Category) -> Route {
    match (category, channel.kind) {
        (_, ChannelKind::Hotline) => Route::Hotline,
        (Category::Copyright, _) => Route::Dmca,
        (_, ChannelKind::InApp) => Route::InApp,
        (_, ChannelKind::WebForm) => Route::WebForm,
        (_, ChannelKind::Email) => Route::Email,
        (_, ChannelKind::Partner) => Route::Partner,
        (_, ChannelKind::Phone | ChannelKind::InPerson) => Route::Legal,
    }
}

/// Hotlines that take `category`, those of the case's own country first, then reporting hotlines
/// before hash-matching ones. For non-sexual harm, peer helplines count too.
fn hotlines_for<'a>(
    hotlines: &'a [Hotline],
    category: Category,
    sexual: bool,
    jurisdiction: Option<&str>,
) -> Vec<Choice<'a>> {
    let mut found: Vec<&Hotline> = hotlines
        .iter()
        .filter(|h| {
            let takes =
                h.categories.contains(&category) || (!sexual && h.kind == HotlineKind::Helpline);
            let reachable = match (&h.jurisdiction, jurisdiction) {
                (Some(theirs), Some(ours)) => theirs == ours,
                _ => true,
            };
            takes && reachable && h.kind != HotlineKind::Guide
        })
        .collect();
    // Confirmed services first: a victim tries the first one, and an unconfirmed portal that
    // turns out dead must not be where they start.
    found.sort_by_key(|h| {
        let home = h.jurisdiction.is_some() && h.jurisdiction.as_deref() == jurisdiction;
        let kind = match h.kind {
            HotlineKind::Report => 0,
            HotlineKind::Hashing => 1,
            HotlineKind::Helpline => 2,
            HotlineKind::Guide => 3,
        };
        (h.unverified, !home, kind)
    });
    found
        .into_iter()
        .map(|h| Choice {
            route: Route::Hotline,
            target: Target::Hotline(h),
            condition: None,
            unverified: h.unverified,
        })
        .collect()
}

/// Personal details a form will ask for, left as placeholders: the tool stores none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Placeholder {
    FullName,
    ContactEmail,
    /// Copyright notices and TAKE IT DOWN requests need a signature and a good-faith statement.
    Signature,
    GoodFaithStatement,
    GovernmentId,
}

/// What the victim must fill in for `plan`. Hotline reports are anonymous and a minor's details
/// are never shared, so those plans ask for nothing.
pub(crate) fn placeholders(plan: &Plan<'_>, legal: &LegalBasis<'_>) -> Vec<Placeholder> {
    if plan.hotlines_only {
        return Vec::new();
    }
    let mut wanted = vec![Placeholder::FullName, Placeholder::ContactEmail];
    if plan.choices.iter().any(|c| c.route == Route::Dmca) || !legal.deadlines.is_empty() {
        wanted.extend([Placeholder::Signature, Placeholder::GoodFaithStatement]);
    }
    let needs_id = plan
        .choices
        .iter()
        .any(|c| matches!(c.target, Target::Platform(ch) if ch.government_id));
    if needs_id {
        wanted.push(Placeholder::GovernmentId);
    }
    wanted
}

/// The law behind a report: the case's own country's sections and clocks for this category,
/// and the US clocks, because most platforms are American (whether they help a victim abroad is
/// stated, unverified, in the data).
#[derive(Debug, Serialize)]
pub(crate) struct LegalBasis<'a> {
    pub(crate) jurisdiction: Option<&'a Jurisdiction>,
    pub(crate) laws: Vec<&'a Law>,
    /// State bodies of the case's country that take this category (PTA, NCCIA).
    pub(crate) authorities: Vec<&'a Authority>,
    pub(crate) deadlines: Vec<&'a LegalDeadline>,
}

pub(crate) fn legal_basis<'a>(
    catalog: &'a Catalog,
    jurisdiction: Option<&str>,
    category: Category,
) -> LegalBasis<'a> {
    let home = jurisdiction.and_then(|id| catalog.jurisdiction(id));
    let laws = home.map_or_else(Vec::new, |j| {
        j.laws
            .iter()
            .filter(|l| l.categories.contains(&category))
            .collect()
    });
    let authorities = home.map_or_else(Vec::new, |j| {
        j.authorities
            .iter()
            .filter(|a| a.categories.contains(&category))
            .collect()
    });
    let mut deadlines: Vec<&LegalDeadline> = Vec::new();
    for j in home.into_iter().chain(catalog.jurisdiction("us")) {
        if deadlines
            .iter()
            .any(|d| j.deadlines.iter().any(|e| e.id == d.id))
        {
            continue;
        }
        deadlines.extend(
            j.deadlines
                .iter()
                .filter(|d| d.categories.contains(&category)),
        );
    }
    LegalBasis {
        jurisdiction: home,
        laws,
        authorities,
        deadlines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::builtin().expect("the built-in catalogue loads")
    }

    fn situation<'a>(catalog: &'a Catalog, platform: &str, category: Category) -> Situation<'a> {
        Situation {
            platform: Some(catalog.get(platform).expect("a known platform")),
            category,
            minor: false,
            jurisdiction: Some("pk"),
        }
    }

    fn keys(plan: &Plan<'_>) -> Vec<String> {
        plan.reasons
            .iter()
            .map(|r| {
                serde_json::to_value(r).unwrap()["key"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    fn routes(plan: &Plan<'_>) -> Vec<Route> {
        plan.choices.iter().map(|c| c.route).collect()
    }

    fn hotline_ids<'a>(plan: &Plan<'a>) -> Vec<&'a str> {
        plan.choices
            .iter()
            .map(|c| match c.target {
                Target::Hotline(h) => h.id.as_str(),
                Target::Platform(_) => panic!("a platform channel for CSAM"),
            })
            .collect()
    }

    #[test]
    fn intimate_images_on_x_go_the_copyright_way_first_with_the_audit_and_lumen_warning() {
        let catalog = catalog();
        let plan = plan(&catalog, situation(&catalog, "x", Category::Ncii));
        assert_eq!(
            routes(&plan),
            [Route::Dmca, Route::Dmca, Route::InApp, Route::WebForm]
        );
        assert_eq!(plan.choices[0].condition, Some(Condition::SelfTaken));
        assert_eq!(plan.choices[2].condition, None);
        let Reason::DmcaFirst { fact } = &plan.reasons[0] else {
            panic!("{:?}", plan.reasons);
        };
        assert!(fact.text.contains("25 of 25"), "{}", fact.text);
        assert!(fact.sources.iter().any(|s| s == "li2024_audit"));
        // The Lumen fact is Google's own; on X it is a warning, not a confirmed practice.
        let lumen = plan
            .reasons
            .iter()
            .find_map(|r| match r {
                Reason::LumenWarning { fact, here } => Some((fact.is_some(), *here)),
                _ => None,
            })
            .expect("a Lumen warning");
        assert_eq!(lumen, (true, false));
        assert!(plan.partner_escalation);
        assert!(plan.media_allowed);
        assert!(!plan.hotlines_only);
    }

    #[test]
    fn without_a_measured_result_the_ncii_flow_comes_first_and_dmca_after() {
        let catalog = catalog();
        let plan = plan(&catalog, situation(&catalog, "instagram", Category::Ncii));
        let routes = routes(&plan);
        assert_ne!(routes[0], Route::Dmca, "{routes:?}");
        assert!(routes.contains(&Route::Dmca), "{routes:?}");
        assert!(routes.contains(&Route::Hotline), "StopNCII: {routes:?}");
        assert_eq!(
            keys(&plan),
            [
                "dmca_also",
                "lumen_warning",
                "partner_escalation",
                "unverified"
            ]
        );
    }

    #[test]
    fn csam_goes_to_hotlines_only_confirmed_ones_first_and_never_with_media() {
        let catalog = catalog();
        let plan = plan(&catalog, situation(&catalog, "x", Category::Csam));
        assert!(plan.hotlines_only && plan.child_abuse);
        assert!(!plan.media_allowed);
        assert!(!plan.partner_escalation, "the hotlines, and nobody else");
        assert_eq!(plan.law_category, Category::Csam);
        assert_eq!(
            hotline_ids(&plan),
            ["ncmec_cybertipline", "inhope", "take_it_down", "iwf_pk"],
            "confirmed services first; the unconfirmed IWF Pakistan portal last"
        );
        assert_eq!(keys(&plan), ["hotlines_only", "no_media", "unverified"]);
    }

    /// A minor's intimate images or sextortion are CSAM in law: the same hotlines as `csam`,
    /// the law of `csam` (PECA s.22), a reason to record it so, and no partner route.
    #[test]
    fn a_minors_sexual_case_is_handled_as_csam() {
        let catalog = catalog();
        let csam = plan(&catalog, situation(&catalog, "x", Category::Csam));
        for category in [Category::Ncii, Category::Sextortion] {
            let mut s = situation(&catalog, "x", category);
            s.minor = true;
            let plan = plan(&catalog, s);
            assert!(plan.child_abuse && plan.hotlines_only, "{category}");
            assert!(!plan.partner_escalation, "{category}");
            assert_eq!(plan.law_category, Category::Csam);
            assert_eq!(hotline_ids(&plan), hotline_ids(&csam), "{category}");
            assert_eq!(
                keys(&plan),
                ["hotlines_only", "record_as_csam", "no_media", "unverified"]
            );
            let laws = legal_basis(&catalog, s.jurisdiction, plan.law_category).laws;
            assert!(
                laws.iter().any(|l| l.section == "22"),
                "{category}: PECA s.22"
            );
        }
        let mut s = situation(&catalog, "x", Category::Harassment);
        s.minor = true;
        let plan = plan(&catalog, s);
        assert!(plan.hotlines_only && !plan.child_abuse);
        assert_eq!(plan.law_category, Category::Harassment);
    }

    #[test]
    fn a_minors_case_never_reaches_a_platform_form_whatever_its_category() {
        let catalog = catalog();
        for category in [
            Category::Ncii,
            Category::Impersonation,
            Category::Harassment,
        ] {
            let mut s = situation(&catalog, "instagram", category);
            s.minor = true;
            s.jurisdiction = Some("us");
            let plan = plan(&catalog, s);
            assert!(plan.hotlines_only && !plan.media_allowed, "{category}");
            assert!(!plan.choices.is_empty(), "{category}");
            for choice in &plan.choices {
                let Target::Hotline(h) = choice.target else {
                    panic!("{category}: a platform channel");
                };
                assert_ne!(
                    h.jurisdiction.as_deref(),
                    Some("pk"),
                    "{category}: {}",
                    h.id
                );
            }
        }
    }

    #[test]
    fn other_categories_keep_the_catalogue_order_with_unconfirmed_channels_last() {
        let catalog = catalog();
        for platform in catalog.platforms() {
            for (&category, channels) in &platform.channels {
                if matches!(
                    category,
                    Category::Ncii | Category::Sextortion | Category::Csam
                ) {
                    continue;
                }
                let s = Situation {
                    platform: Some(platform),
                    category,
                    minor: false,
                    jurisdiction: None,
                };
                let plan = plan(&catalog, s);
                assert_eq!(
                    plan.choices.len(),
                    channels.len(),
                    "{} {category}",
                    platform.id
                );
                let flags: Vec<bool> = plan.choices.iter().map(|c| c.unverified).collect();
                assert!(flags.is_sorted(), "{} {category}", platform.id);
                assert_eq!(
                    plan.reasons.iter().any(|r| matches!(r, Reason::Unverified)),
                    flags.contains(&true)
                );
                if category == Category::Copyright {
                    assert!(
                        plan.choices
                            .iter()
                            .all(|c| matches!(c.route, Route::Dmca | Route::Hotline))
                    );
                }
            }
        }
    }

    #[test]
    fn sextortion_uses_its_own_route_or_the_harassment_one_and_always_the_hash_services() {
        let catalog = catalog();
        let hotline_ids = |plan: &Plan<'_>| -> Vec<String> {
            plan.choices
                .iter()
                .filter_map(|c| match c.target {
                    Target::Platform(ch) => ch.hotline.clone(),
                    Target::Hotline(h) => Some(h.id.clone()),
                })
                .collect()
        };
        let facebook = plan(
            &catalog,
            situation(&catalog, "facebook", Category::Sextortion),
        );
        assert_eq!(routes(&facebook), [Route::InApp, Route::Hotline]);
        assert_eq!(hotline_ids(&facebook), ["stopncii"]);
        assert!(facebook.partner_escalation && facebook.media_allowed);
        assert!(!keys(&facebook).contains(&"sextortion_as_harassment".to_owned()));
        let tiktok = plan(
            &catalog,
            situation(&catalog, "tiktok", Category::Sextortion),
        );
        assert_eq!(
            routes(&tiktok),
            [Route::InApp, Route::WebForm, Route::Hotline],
            "harassment's two routes, then StopNCII"
        );
        assert!(keys(&tiktok).contains(&"sextortion_as_harassment".to_owned()));
        let mut minor = situation(&catalog, "tiktok", Category::Sextortion);
        minor.minor = true;
        let minor = plan(&catalog, minor);
        assert!(minor.hotlines_only && !minor.media_allowed);
        assert!(!hotline_ids(&minor).contains(&"stopncii".to_owned()));
    }

    #[test]
    fn a_category_without_channels_says_so() {
        let catalog = catalog();
        let plan = plan(
            &catalog,
            situation(&catalog, "pinterest", Category::HackedAccount),
        );
        assert!(plan.choices.is_empty());
        assert_eq!(keys(&plan), ["no_channel"]);
    }

    #[test]
    fn an_unknown_platform_still_gets_the_hotlines_for_csam_and_a_warning_otherwise() {
        let catalog = catalog();
        let mut s = situation(&catalog, "x", Category::Csam);
        s.platform = None;
        assert!(!plan(&catalog, s).choices.is_empty());
        s.category = Category::Ncii;
        let plan = plan(&catalog, s);
        assert!(plan.choices.is_empty());
        assert_eq!(keys(&plan), ["partner_escalation", "no_channel"]);
    }

    #[test]
    fn the_legal_basis_is_the_cases_country_and_the_us_clock() {
        let catalog = catalog();
        let basis = legal_basis(&catalog, Some("pk"), Category::Ncii);
        let laws: Vec<&str> = basis.laws.iter().map(|l| l.section.as_str()).collect();
        assert_eq!(laws, ["21", "24", "37"]);
        let clocks: Vec<(&str, u32)> = basis
            .deadlines
            .iter()
            .map(|d| (d.id.as_str(), d.hours))
            .collect();
        assert_eq!(clocks, [("take_it_down_act", 48)]);
        let bodies: Vec<&str> = basis.authorities.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(bodies, ["nccia", "pta"], "the federal cybercrime route too");
        let india = legal_basis(&catalog, Some("in"), Category::Ncii);
        assert!(india.laws.is_empty());
        assert_eq!(india.deadlines.len(), 2);
        let x = plan(&catalog, situation(&catalog, "x", Category::Ncii));
        assert_eq!(
            placeholders(&x, &basis),
            [
                Placeholder::FullName,
                Placeholder::ContactEmail,
                Placeholder::Signature,
                Placeholder::GoodFaithStatement
            ]
        );
        let csam = plan(&catalog, situation(&catalog, "x", Category::Csam));
        assert!(placeholders(&csam, &basis).is_empty());
        let none = legal_basis(&catalog, None, Category::Impersonation);
        assert!(none.jurisdiction.is_none() && none.laws.is_empty() && none.deadlines.is_empty());
    }
}
