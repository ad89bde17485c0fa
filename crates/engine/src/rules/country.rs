//! The country a story is from, so messages suggest the routes that exist there: PALS is an
//! English service; Scotland, Wales, Northern Ireland, Ireland and Australia each have their
//! own complaints and advocacy bodies (`shared/spec/ROUTES.md`).

use std::sync::OnceLock;

use crate::text::{fold_text, url_host, PhraseSet};
use crate::StoryContext;

/// Where a story's services are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Country {
    England,
    Scotland,
    Wales,
    NorthernIreland,
    Ireland,
    Australia,
    /// The UK site, with nothing saying which of its nations.
    UnitedKingdom,
    /// No story address, and nothing naming a nation.
    Unknown,
}

/// Words in a UK story's services (or title) that place it in one nation: health boards and
/// trusts by name or by the way each nation names them.
const NATION_CUES: &[(Country, &[&str])] = &[
    (
        Country::Scotland,
        &[
            "nhs scotland",
            "nhs 24",
            "scotland",
            "scottish",
            "glasgow",
            "lothian",
            "edinburgh",
            "highland",
            "grampian",
            "tayside",
            "fife",
            "lanarkshire",
            "ayrshire and arran",
            "forth valley",
            "borders",
            "dumfries and galloway",
            "orkney",
            "shetland",
            "western isles",
            "aberdeen",
            "dundee",
            "inverness",
        ],
    ),
    (
        Country::Wales,
        &[
            "nhs wales",
            "wales",
            "welsh",
            "cymru",
            "betsi cadwaladr",
            "aneurin bevan",
            "cardiff and vale",
            "cwm taf",
            "swansea bay",
            "hywel dda",
            "powys",
            "velindre",
            "university health board",
            "llais",
            "cardiff",
            "swansea",
            "wrexham",
            "bangor",
        ],
    ),
    (
        Country::NorthernIreland,
        &[
            "northern ireland",
            "belfast",
            "hsc trust",
            "health and social care trust",
            "south eastern trust",
            "southern trust",
            "western trust",
            "northern trust",
            "derry",
            "londonderry",
            "antrim",
            "craigavon",
            "ulster hospital",
        ],
    ),
    (
        Country::England,
        &[
            "nhs foundation trust",
            "foundation trust",
            "nhs trust",
            "icb",
            "integrated care board",
            "england",
            "london",
            "manchester",
            "birmingham",
            "leeds",
            "sheffield",
            "bristol",
            "liverpool",
            "newcastle",
        ],
    ),
];

impl Country {
    /// The country of `story`: the site's address (careopinion.org.au, .ie, .cymru), then for
    /// the UK site the nation its services, title or text name.
    pub fn of(story: &StoryContext) -> Country {
        let host = story.url.as_deref().and_then(url_host).unwrap_or_default();
        if host.ends_with(".au") {
            return Country::Australia;
        }
        if host.ends_with(".ie") {
            return Country::Ireland;
        }
        if host.ends_with(".cymru") {
            return Country::Wales;
        }
        let mut named = story.services.join(". ");
        if let Some(title) = &story.title {
            named.push_str(". ");
            named.push_str(title);
        }
        let uk_site = host.ends_with(".uk");
        Self::named_in(&named)
            .or_else(|| Self::named_in(&story.body))
            .unwrap_or(if uk_site {
                Country::UnitedKingdom
            } else {
                Country::Unknown
            })
    }

    /// The one nation `text` names, if it names exactly one.
    fn named_in(text: &str) -> Option<Country> {
        static CUES: OnceLock<Vec<(Country, PhraseSet)>> = OnceLock::new();
        let cues = CUES.get_or_init(|| {
            let mut compiled = Vec::new();
            for (country, cues) in NATION_CUES {
                compiled.push((*country, PhraseSet::new(cues)));
            }
            compiled
        });
        let doc = crate::Document::new(&fold_text(text));
        let mut found = None;
        for (country, cues) in cues {
            if cues.find_first(&doc).is_some() {
                if found.is_some() {
                    return None;
                }
                found = Some(*country);
            }
        }
        found
    }

    /// Where to take a complaint or a concern about care in this country, for messages.
    pub fn complaint_routes(self) -> &'static str {
        match self {
            Country::England => "PALS or an NHS complaints advocacy service",
            Country::Scotland => {
                "the health board\u{2019}s feedback and complaints team or PASS (the Patient \
                 Advice and Support Service)"
            }
            Country::Wales => "Putting Things Right (the NHS Wales complaints process) or Llais",
            Country::NorthernIreland => {
                "the trust\u{2019}s complaints team or the Patient and Client Council"
            }
            Country::Ireland => {
                "the HSE\u{2019}s Your Service Your Say or the Patient Advocacy Service"
            }
            Country::Australia => {
                "the service\u{2019}s consumer liaison team or the state\u{2019}s health \
                 complaints commissioner"
            }
            Country::UnitedKingdom => {
                "the provider\u{2019}s complaints team (PALS, in England) or an advocacy service"
            }
            Country::Unknown => "the provider\u{2019}s complaints team or an advocacy service",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(url: &str, services: &[&str]) -> StoryContext {
        StoryContext {
            url: Some(url.to_string()),
            services: services.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn the_site_and_the_services_give_the_country() {
        let uk = "https://www.careopinion.org.uk/1";
        assert_eq!(
            Country::of(&story("https://www.careopinion.org.au/9", &[])),
            Country::Australia
        );
        assert_eq!(
            Country::of(&story("https://careopinion.ie/9", &[])),
            Country::Ireland
        );
        assert_eq!(
            Country::of(&story("https://www.careopinion.cymru/9", &[])),
            Country::Wales
        );
        let glasgow = story(
            uk,
            &["NHS Greater Glasgow and Clyde / Queen Elizabeth University Hospital"],
        );
        assert_eq!(Country::of(&glasgow), Country::Scotland);
        let belfast = story(
            uk,
            &["Belfast Health and Social Care Trust / Royal Victoria Hospital"],
        );
        assert_eq!(Country::of(&belfast), Country::NorthernIreland);
        let leeds = story(uk, &["Leeds Teaching Hospitals NHS Trust / St James's"]);
        assert_eq!(Country::of(&leeds), Country::England);
        assert_eq!(
            Country::of(&story(uk, &["Larchfield Surgery"])),
            Country::UnitedKingdom
        );
        assert_eq!(Country::of(&StoryContext::default()), Country::Unknown);
    }

    #[test]
    fn only_england_is_told_about_pals() {
        assert!(Country::England.complaint_routes().contains("PALS"));
        for country in [
            Country::Scotland,
            Country::Wales,
            Country::NorthernIreland,
            Country::Ireland,
            Country::Australia,
            Country::Unknown,
        ] {
            assert!(!country.complaint_routes().contains("PALS"), "{country:?}");
        }
    }
}
