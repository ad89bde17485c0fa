//! Deterministic synthetic replies: realistic, varied third-sector replies built from sentence
//! pools, so every run measures the same work.

use chrono::{DateTime, Duration, Utc};
use replyguide_engine::{HistoryEntry, ResponseKind, StoryContext, StoryResponse};

/// A small, fast, seedable random number generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A generator; the same seed gives the same sequence.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `range`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + (self.next_u64() % (high - low + 1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.between(0, items.len() - 1)]
    }
}

/// The team whose replies the audit benchmark generates.
pub const RESPONDERS: &[&str] = &[
    "Sam Okoro",
    "Priya Natarajan",
    "Ewan Davies",
    "Aoife Byrne",
    "Mere Tane",
    "Chloe Martin",
    "Tom Hughes",
    "Fatima Begum",
];

const AUTHORS: &[&str] = &[
    "hedgerow_walker",
    "ward5visitor",
    "mapleleaf22",
    "Zoë_from_Exampleton",
    "worried_daughter",
    "nightowl_nan",
    "frustrated_dad",
    "dalesbird",
    "ferncombe_rose",
    "bluegum_family",
    "carer_of_two",
    "kestrel_lane",
    "anxious_mum_88",
    "retired_teacher",
    "marketstreet_gran",
];
const SERVICES: &[&str] = &[
    "Exampleshire General Hospital",
    "Eastbrook Community Hospital",
    "Larchfield House",
    "Market Street Surgery",
    "Exampleton Dental Practice",
    "the community mental health team",
    "the children's audiology clinic",
    "Ward 7",
    "the district nursing team",
    "the minor injuries unit",
];
const TOPICS: &[&str] = &[
    "having your appointment cancelled",
    "the noise on the ward at night",
    "being discharged without a plan",
    "waiting so long in A&E",
    "not being able to get a GP appointment",
    "finding an NHS dentist",
    "waiting for mental health support",
    "the food on the ward",
    "the parking at the hospital",
    "not being kept informed about your mum's care",
    "the way your results were explained",
];
const OPENERS: &[&str] = &[
    "Dear {author},",
    "Hello {author},",
    "Hi {author},",
    "Dear {author}",
];
const THANKS: &[&str] = &[
    "Thank you for taking the time to share your experience of {service}.",
    "Thank you for telling us about {topic}.",
    "Thanks for sharing your story with us.",
    "We really appreciate you writing about {topic}.",
];
const EMPATHY: &[&str] = &[
    "We are sorry to hear about {topic}.",
    "That sounds really difficult, especially {topic}.",
    "It must have been worrying for you and your family.",
    "I'm sorry to hear how hard this has been.",
    "It's good to hear that some of the staff at {service} were kind.",
];
const BODY: &[&str] = &[
    "If you would like support to raise this with {service}, our complaints advocacy service is free and independent: https://www.healthwatchexampleshire.org.uk/advocacy.",
    "You can contact the PALS team at {service} on 01632 960 {phone}.",
    "Our information and signposting team can help you find other options; call us on 01632 960 {phone}.",
    "The NHS complaints process is explained at https://www.nhs.uk/using-the-nhs/about-the-nhs/how-to-complain-to-the-nhs/.",
    "We will include your story in our {month} report to {service}.",
    "With your permission, we will share your story with the patient experience team.",
    "Your story will help shape our work on {topic} this year.",
    "We have passed your feedback to our enter and view team, who visit {service} in {month}.",
    "Many people tell us that clear information makes a big difference when things go wrong.",
    "We know that waiting can be stressful, particularly when you are in pain.",
    "If anything changes, please let us know, as it helps us understand how {service} is working.",
    "We also run drop-in sessions at local libraries in {month} where you can talk to us in person.",
    "You do not need to have made a complaint already to get help from us.",
    "Our volunteers visit services across Exampleshire and talk to patients, families and staff.",
    "People have also told us about {topic}, and we raise what we hear at the quarterly meeting with {service}.",
];
const SIGN_OFFS: &[&str] = &[
    "Best wishes,\nSam Okoro, Engagement Officer",
    "Kind regards, Sam",
    "With best wishes, the Healthwatch Exampleshire team",
];
const MONTHS: &[&str] = &["January", "March", "May", "July", "September", "November"];

/// One reply of at least `words` words (about a sentence more).
pub fn reply(rng: &mut Rng, words: usize) -> String {
    let author = rng.pick(AUTHORS);
    let service = rng.pick(SERVICES);
    let topic = rng.pick(TOPICS);
    let fill = |template: &str, rng: &mut Rng| {
        template
            .replace("{author}", author)
            .replace("{service}", service)
            .replace("{topic}", topic)
            .replace("{month}", rng.pick(MONTHS))
            .replace("{phone}", &format!("{:03}", rng.between(100, 999)))
    };
    let mut paragraphs = vec![fill(rng.pick(OPENERS), rng)];
    let mut paragraph = format!(
        "{} {}",
        fill(rng.pick(THANKS), rng),
        fill(rng.pick(EMPATHY), rng)
    );
    let mut count = paragraph.split_whitespace().count() + 6;
    while count < words {
        let sentence = fill(rng.pick(BODY), rng);
        count += sentence.split_whitespace().count();
        paragraph.push(' ');
        paragraph.push_str(&sentence);
        if rng.between(0, 3) == 0 {
            paragraphs.push(std::mem::take(&mut paragraph).trim().to_string());
        }
    }
    paragraphs.push(paragraph.trim().to_string());
    paragraphs.push(rng.pick(SIGN_OFFS).to_string());
    paragraphs.join("\n\n")
}

/// The earlier reply number `n`, posted on its own story.
pub fn history_entry(rng: &mut Rng, n: usize, start: DateTime<Utc>) -> HistoryEntry {
    let words = rng.between(40, 160);
    HistoryEntry {
        text: reply(rng, words),
        story_url: Some(format!("https://www.careopinion.org.uk/{}", 1_000_000 + n)),
        posted: Some(start + Duration::minutes(n as i64 * 17)),
    }
}

/// A story posted `age_days` before `now`, already answered by the provider.
pub fn story(rng: &mut Rng, now: DateTime<Utc>, age_days: i64) -> StoryContext {
    let service = rng.pick(SERVICES);
    StoryContext {
        url: Some(format!(
            "https://www.careopinion.org.uk/{}",
            rng.between(1_300_000, 1_399_999)
        )),
        title: Some(format!(
            "My experience of {}",
            rng.pick(TOPICS).trim_start_matches("the ")
        )),
        body: format!(
            "I want to share what happened at {service}. The staff were kind but nobody explained \
             what was going on, and we waited hours for news. I hope this helps someone else."
        ),
        author: Some(rng.pick(AUTHORS).to_string()),
        author_role: Some("relative".into()),
        posted: Some(now - Duration::days(age_days)),
        services: vec![format!("{service} / Outpatients")],
        responses: vec![StoryResponse {
            responder: Some("Priya Shah".into()),
            organisation: Some("Exampleshire Hospitals NHS Foundation Trust".into()),
            posted: Some(now - Duration::days(age_days - 3)),
            kind: ResponseKind::Provider,
            text: "Thank you for your feedback. Please contact our PALS team on 01632 960 555."
                .into(),
            ..Default::default()
        }],
        ..StoryContext::default()
    }
}
