//! The page's fixed wording around names: `Response from Name, Role, Organisation 16 months ago`,
//! `Update posted by username`, `Posted by username`, `(as a relative),`, and the story title in
//! straight quotes. The markers (`Response from` …) come from [`replyguide_engine::page::TextPatterns`].

use crate::dates::{strip_relative_age, strip_trailing_date};
use crate::kind::names_an_organisation;
use crate::words::{after_marker, collapse_whitespace, find_ignore_case};

/// Who wrote a response, as read from its header or signature.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Signature {
    /// The responder's name.
    pub name: Option<String>,
    /// Their job title (it may itself contain commas).
    pub role: Option<String>,
    /// Their organisation.
    pub organisation: Option<String>,
}

/// `Response from A, B, C 17 months ago` → name A, role B, organisation C. The name is the first
/// comma-separated segment, the organisation the last, the role what lies between (so a role
/// containing commas is kept whole). `None` when `text` has no `marker`.
pub fn parse_response_header(text: &str, marker: &str) -> Option<Signature> {
    let text = collapse_whitespace(text);
    let after = strip_trailing_date(strip_relative_age(after_marker(&text, marker)?));
    // `Name - Role - Organisation`, `Name — Role — Organisation`: dashes set between the parts.
    let after = SEGMENT_SEPARATORS
        .iter()
        .fold(after.to_string(), |text, separator| {
            text.replace(separator, ", ")
        });
    if let Some(signature) = role_in_brackets(&after) {
        return Some(signature);
    }
    let mut segments = Vec::new();
    for segment in after.split(',') {
        let segment = segment.trim();
        if !segment.is_empty() {
            segments.push(segment.to_string());
        }
    }
    // `Name at Organisation`: no role.
    if let [only] = segments.as_slice() {
        if let Some(at) = find_ignore_case(only, " at ") {
            let (name, organisation) = (only[..at].trim(), only[at + 4..].trim());
            if !name.is_empty() && !organisation.is_empty() {
                return Some(Signature {
                    name: Some(name.to_string()),
                    role: None,
                    organisation: Some(organisation.to_string()),
                });
            }
        }
    }
    // `Name, Role at Organisation`, `Name, Role, Unit at Organisation`: the role's last part
    // and the organisation in one segment.
    if let [_, .., last] = segments.as_mut_slice() {
        if let Some(at) = find_ignore_case(last, " at ") {
            let (role, organisation) = (last[..at].trim(), last[at + 4..].trim());
            if !role.is_empty() && !organisation.is_empty() {
                let (role, organisation) = (role.to_string(), organisation.to_string());
                *last = organisation;
                segments.insert(segments.len() - 1, role);
            }
        }
    }
    // `Organisation, Name, Role`: the organisation first, when the last part names none.
    let names_no_organisation = |part: &str| is_job_title(part) || !names_an_organisation(part);
    if segments.len() >= 3
        && names_an_organisation(&segments[0])
        && segments[1..].iter().all(|s| names_no_organisation(s))
    {
        let organisation = segments.remove(0);
        segments.push(organisation);
    }
    // `Practice Manager, Surgery`: a job title where the name would be, and no name.
    if segments.len() == 2 && is_job_title(&segments[0]) {
        return Some(role_and_organisation(&segments));
    }
    let Some((name, rest)) = segments.split_first() else {
        return Some(Signature::default());
    };
    Some(Signature {
        name: Some(name.clone()),
        ..role_and_organisation(rest)
    })
}

/// What may stand between a header's name, role and organisation besides a comma: a dash, a bar
/// or a dot with a space either side (a hyphen inside a word is part of it).
const SEGMENT_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | ", " · ", " • "];

/// The last words of a job title (`Practice Manager`, `Carer Support Lead`): a part of a header
/// ending so is no person's name.
const JOB_TITLE_ENDINGS: &[&str] = &[
    "Manager",
    "Lead",
    "Officer",
    "Director",
    "Coordinator",
    "Co-ordinator",
    "Administrator",
    "Secretary",
    "Chair",
    "Team",
];

/// `part` of a header is a job title: its last word is a job title's.
fn is_job_title(part: &str) -> bool {
    part.split_whitespace().last().is_some_and(|last| {
        JOB_TITLE_ENDINGS
            .iter()
            .any(|ending| last.eq_ignore_ascii_case(ending))
    })
}

/// `Name (Role), Organisation` or `Name (Role, Unit), Organisation`: the role in brackets after
/// the name. `None` unless the text is so shaped.
fn role_in_brackets(text: &str) -> Option<Signature> {
    let (name, rest) = text.split_once('(')?;
    let (role, rest) = rest.split_once(')')?;
    let (name, role) = (name.trim(), collapse_whitespace(role));
    if name.is_empty() || name.contains(',') || role.is_empty() {
        return None;
    }
    let mut parts: Vec<String> = vec![role];
    parts.extend(
        rest.split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(str::to_string),
    );
    // The role alone: no organisation after it.
    let signature = if parts.len() == 1 {
        Signature {
            role: parts.pop(),
            ..Signature::default()
        }
    } else {
        role_and_organisation(&parts)
    };
    Some(Signature {
        name: Some(name.to_string()),
        ..signature
    })
}

/// The credentials under the responder's name in a response's closing lines (`Kind regards,` /
/// `Dr Priya Raman` / `Head of Unit, Renal Medicine` / `Spencer Gulf Local Health Network`): the
/// job title lines, then the organisation. Nothing unless `text`'s last paragraph has a line
/// that is `name` followed by two to four short lines.
pub fn signature_after_name(text: &str, name: &str) -> Signature {
    let Some(last) = text.trim_end().rsplit("\n\n").next() else {
        return Signature::default();
    };
    let lines: Vec<&str> = last.lines().map(str::trim).collect();
    let Some(at) = lines
        .iter()
        .position(|line| strip_trailing_comma(line).eq_ignore_ascii_case(name.trim()))
    else {
        return Signature::default();
    };
    let credentials = &lines[at + 1..];
    let is_credentials = (2..=MAX_SIGNATURE_LINES).contains(&credentials.len())
        && credentials.iter().all(|line| {
            !line.is_empty()
                && line.chars().count() <= MAX_SIGNATURE_LINE_CHARS
                && !line.ends_with(['.', '!', '?', ':'])
        });
    if is_credentials {
        parse_signature_lines(&credentials.join("\n"))
    } else {
        Signature::default()
    }
}

/// A signature's name is followed by at most this many lines of job title and organisation.
const MAX_SIGNATURE_LINES: usize = 4;
/// The longest line of a signature's credentials.
const MAX_SIGNATURE_LINE_CHARS: usize = 90;

/// Job title lines then the organisation as the last line (`Executive Director, Group,\nService`)
/// → role `Executive Director, Group`, organisation `Service`.
pub fn parse_signature_lines(text: &str) -> Signature {
    let mut lines = Vec::new();
    for line in text.lines() {
        let line = collapse_whitespace(line);
        let line = strip_trailing_comma(english_side(&line)).to_string();
        if !line.is_empty() {
            lines.push(line);
        }
    }
    role_and_organisation(&lines)
}

/// The English side of a credentials line given in two languages (`Pennaeth Bydwreigiaeth /
/// Head of Midwifery` → `Head of Midwifery`): the side without a Welsh or Irish job or
/// organisation word, when the other has one; else the whole line (`Parent/guardian`,
/// `Ward Manager / Sister`).
fn english_side(line: &str) -> &str {
    let Some((first, second)) = line.split_once(" / ") else {
        return line;
    };
    let (first, second) = (first.trim(), second.trim());
    if first.is_empty() || second.is_empty() || second.contains(" / ") {
        return line;
    }
    match (
        has_welsh_or_irish_word(first),
        has_welsh_or_irish_word(second),
    ) {
        (true, false) => second,
        (false, true) => first,
        _ => line,
    }
}

/// `text` has a word of [`WELSH_OR_IRISH_CREDENTIAL_WORDS`].
fn has_welsh_or_irish_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|word| {
            let word = word.to_lowercase();
            WELSH_OR_IRISH_CREDENTIAL_WORDS.contains(&word.as_str())
        })
}

/// Words of job titles and organisation names in Welsh and Irish that English ones do not use
/// (lower case), to tell a bilingual credentials line's languages apart.
const WELSH_OR_IRISH_CREDENTIAL_WORDS: &[&str] = &[
    // Welsh.
    "pennaeth",
    "rheolwr",
    "rheolwraig",
    "nyrs",
    "uwch",
    "arweinydd",
    "cydlynydd",
    "swyddog",
    "cyfarwyddwr",
    "meddyg",
    "ymgynghorol",
    "obstetrydd",
    "bydwraig",
    "bydwreigiaeth",
    "bwrdd",
    "iechyd",
    "prifysgol",
    "ymddiriedolaeth",
    "gwasanaeth",
    "gwasanaethau",
    "ysbyty",
    "gofal",
    "gofalwyr",
    "cymru",
    "cyngor",
    "profiad",
    "cleifion",
    "claf",
    "gweithiwr",
    "cymorth",
    "adran",
    "uned",
    "meddygfa",
    "fferyllydd",
    "therapydd",
    "cynorthwyydd",
    "clinigol",
    "cymunedol",
    "nyrsio",
    // Irish.
    "bainisteoir",
    "altra",
    "altraí",
    "altranais",
    "ceann",
    "stiúrthóir",
    "ospidéal",
    "ospidéil",
    "seirbhís",
    "seirbhísí",
    "feidhmeannacht",
    "sláinte",
    "oifigeach",
    "cliniciúil",
    "comhairleoir",
    "dochtúir",
    "cúram",
    "othar",
    "othair",
    "pobail",
    "grúpa",
    "aonad",
    "roinn",
];

/// The organisation is the last of `parts`, the role the others joined with `, ` (no name).
fn role_and_organisation(parts: &[String]) -> Signature {
    match parts.split_last() {
        None => Signature::default(),
        Some((organisation, role)) => Signature {
            name: None,
            role: (!role.is_empty()).then(|| role.join(", ")),
            organisation: Some(organisation.clone()),
        },
    }
}

/// The username after `marker` (`Posted by wattlebird62` / `Update posted by waiting_in_kirkby`):
/// the next whitespace-separated word, without trailing punctuation.
pub fn parse_username_after(text: &str, marker: &str) -> Option<String> {
    let rest = after_marker(text, marker)?;
    // `Nuashonrú ón údar` holds `Nuashonrú ó` but not as its words: a marker ending in a
    // letter of Welsh or Irish (`ó`) may begin a longer word of that language. An English
    // marker may be glued to the name by the page's markup (`Posted by<a>sam</a>`).
    let ends_in_other_letter = marker.trim_end().ends_with(|c: char| !c.is_ascii());
    if ends_in_other_letter && rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    let rest = rest.trim_start();
    // `Update from the story's author sam` says who the writer is before naming them.
    let self_reference = AUTHOR_SELF_REFERENCES
        .iter()
        .find_map(|phrase| strip_prefix_ignore_case(rest, phrase));
    let rest = self_reference.unwrap_or(rest);
    // `Update from the author 17 days ago`: the age names no one.
    let rest = strip_relative_age(rest).trim();
    // `Update from the story's author · 15 April 2019`: what follows the writer's description
    // (a separator, a date) names no one.
    if self_reference.is_some() && !rest.starts_with(char::is_alphabetic) {
        return None;
    }
    // `Postiwyd gan / Posted by sam`: what follows is the label in the page's other language.
    if rest.starts_with('/') {
        return None;
    }
    // `Posted by Mum of two (a parent/guardian)`: a name of a few words before the role.
    let near = rest
        .char_indices()
        .nth(MAX_NAME_AND_ROLE_CHARS)
        .map_or(rest, |(end, _)| &rest[..end]);
    if let Some((at, _)) = named_role(near) {
        let name = strip_trailing_comma(&rest[..at]);
        let words = name.split_whitespace().count();
        if (2..=MAX_NAME_WORDS).contains(&words) && !name.contains(['(', ')']) {
            return Some(name.to_string());
        }
    }
    let word = rest.split_whitespace().next()?;
    // `sam62(as a patient)`: the role's bracket may follow without a space.
    let word = word.split('(').next().unwrap_or_default();
    let word = word.trim_end_matches(ends_a_username);
    (!word.is_empty() && !word.starts_with('(')).then(|| word.to_string())
}

/// How far after `Posted by` a username of a few words and its role are looked for.
const MAX_NAME_AND_ROLE_CHARS: usize = 80;

/// The most words a username written with spaces has (`Mum of two`).
const MAX_NAME_WORDS: usize = 4;

/// How an author update's header may name its writer without a username (`Update from the
/// story's author`): the writer is the story's author.
const AUTHOR_SELF_REFERENCES: &[&str] = &[
    "the story's author",
    "the story\u{2019}s author",
    "the author of the story",
    "the story author",
    "the author",
    "story author",
    "awdur y stori",
    "yr awdur",
];

/// `text` without `prefix` (any case) and the whitespace after it.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text[prefix.len()..].trim_start())
}

/// Punctuation that may follow a username (`by sam62,`).
fn ends_a_username(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | ')')
}

/// `(as a relative),` → `relative`; `(as the patient)` → `patient`; `(as a parent/guardian),` →
/// `parent/guardian`. Anywhere in `text`.
pub fn parse_author_role(text: &str) -> Option<String> {
    as_role(text).or_else(|| named_role(text).map(|(_, role)| role))
}

/// An author's role given as a fact of its own, its value alone (`<dt>As</dt><dd>patient</dd>`):
/// `patient`, `a carer`, `Parent/guardian`, or the role in two languages (`claf / patient`).
/// `None` for anything else, so that any other fact's value is passed over.
pub fn role_alone(text: &str) -> Option<String> {
    let role = |text: &str| {
        let text = collapse_whitespace(text);
        let text = text.trim().trim_end_matches(['.', ',']);
        let without_article = ["a ", "an ", "the "]
            .iter()
            .find_map(|article| strip_prefix_ignore_case(text, article))
            .unwrap_or(text);
        AUTHOR_ROLES
            .iter()
            .find(|role| without_article.eq_ignore_ascii_case(role))
            .map(|_| without_article.to_string())
    };
    role(text).or_else(|| {
        let (first, second) = text.split_once(" / ")?;
        role(second).or_else(|| role(first))
    })
}

/// What the story's author was, in the words the site gives each story (`(a carer)`,
/// `(service user)`, `, as a patient,`, `, a relative`), matched without regard to case.
const AUTHOR_ROLES: &[&str] = &[
    "parent/guardian",
    "service user",
    "patient",
    "relative",
    "carer",
    "parent",
    "guardian",
    "friend",
    "member of staff",
];

/// What may stand before an author's role: a bracket, `as`, a comma, and an article.
const BEFORE_A_ROLE: &[&str] = &[
    "(as a ",
    "(as an ",
    "(as the ",
    "(a ",
    "(an ",
    "(the ",
    "(",
    ", as a ",
    ", as an ",
    ", as the ",
    ", a ",
    ", an ",
    // `(fel perthynas / as a relative)`: the English side of a role in two languages.
    "/ as a ",
    "/ as an ",
    "/ as the ",
];

/// The first of [`AUTHOR_ROLES`] written as a role in `text` (`Mum of two (a parent/guardian)`),
/// with where what stands before it starts.
fn named_role(text: &str) -> Option<(usize, String)> {
    let mut found: Option<(usize, String)> = None;
    for before in BEFORE_A_ROLE {
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|t| find_ignore_case(t, before)) {
            let start = from + at;
            let rest = &text[start + before.len()..];
            for role in AUTHOR_ROLES {
                let is_whole = rest
                    .get(..role.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(role))
                    && !rest[role.len()..]
                        .starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')
                    // A bracket holds the role alone.
                    && (!before.starts_with('(') || rest[role.len()..].starts_with(')'));
                if is_whole && found.as_ref().is_none_or(|(at, _)| start < *at) {
                    found = Some((start, rest[..role.len()].to_string()));
                    break;
                }
            }
            from = start + before.len();
        }
    }
    found
}

/// `(as X)`: any role, in the site's long-standing form.
fn as_role(text: &str) -> Option<String> {
    let start = find_ignore_case(text, "(as ")?;
    let inside = text.get(start + 4..)?;
    let role = collapse_whitespace(&inside[..inside.find(')')?]);
    let first_word = role.split(' ').next().unwrap_or_default();
    let role = if ["a", "an", "the"]
        .iter()
        .any(|article| first_word.eq_ignore_ascii_case(article))
    {
        role[first_word.len()..].trim_start()
    } else {
        &role
    };
    (!role.is_empty()).then(|| role.to_string())
}

/// A job-title line without its trailing comma: `Head of Midwifery,` → `Head of Midwifery`.
pub fn strip_trailing_comma(text: &str) -> &str {
    text.trim().trim_end_matches(',').trim_end()
}

/// The story title without the quotes the page puts around it (straight or curly), trimmed:
/// `" Title "` → `Title`, `“Title”` → `Title`.
pub fn strip_title_quotes(text: &str) -> String {
    let text = collapse_whitespace(text);
    let unquoted = [('"', '"'), ('“', '”')]
        .iter()
        .find_map(|&(open, close)| text.strip_prefix(open)?.strip_suffix(close))
        .unwrap_or(&text);
    unquoted.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_naming_its_writer_only_as_the_author_names_no_username() {
        let header = "Update from the story\u{2019}s author · 15 April 2019 at 9:05pm";
        assert_eq!(parse_username_after(header, "Update from"), None);
        assert_eq!(
            parse_username_after("Nuashonrú ón údar · Update from the author", "Nuashonrú ó"),
            None
        );
        assert_eq!(
            parse_username_after("Nuashonrú ó kilcreen_kate", "Nuashonrú ó").as_deref(),
            Some("kilcreen_kate")
        );
        assert_eq!(
            parse_username_after(
                "Update from the story authorriverina_ron · 1 month ago",
                "Update from"
            )
            .as_deref(),
            Some("riverina_ron")
        );
    }

    #[test]
    fn the_english_side_of_a_bilingual_author_role_is_read() {
        assert_eq!(
            parse_author_role("nant_y_coed (fel perthynas / as a relative), 14/06/2024").as_deref(),
            Some("relative")
        );
    }

    #[test]
    fn bilingual_credentials_read_in_english() {
        let signature = parse_signature_lines(
            "Pennaeth Bydwreigiaeth / Head of Midwifery\nBwrdd Iechyd Prifysgol Dyffryn Teifi / Teifi Valley University Health Board",
        );
        assert_eq!(signature.role.as_deref(), Some("Head of Midwifery"));
        assert_eq!(
            signature.organisation.as_deref(),
            Some("Teifi Valley University Health Board")
        );
        let signature = parse_signature_lines("Ward Manager / Sister,\nArdmore Trust");
        assert_eq!(signature.role.as_deref(), Some("Ward Manager / Sister"));
        let signature = parse_signature_lines(
            "Clinical Nurse Manager / Bainisteoir Altranais\nArdmore Hospital",
        );
        assert_eq!(signature.role.as_deref(), Some("Clinical Nurse Manager"));
    }

    const FROM: &str = "Response from";

    fn sig(name: &str, role: Option<&str>, org: Option<&str>) -> Signature {
        Signature {
            name: Some(name.into()),
            role: role.map(Into::into),
            organisation: org.map(Into::into),
        }
    }

    #[test]
    fn header_with_age() {
        let header = "Response from Priya Chandran, Head of Midwifery, Northmoor Teaching Hospitals NHS Foundation Trust 17 months ago";
        assert_eq!(
            parse_response_header(header, FROM),
            Some(sig(
                "Priya Chandran",
                Some("Head of Midwifery"),
                Some("Northmoor Teaching Hospitals NHS Foundation Trust")
            ))
        );
    }

    #[test]
    fn header_with_a_short_date() {
        let header = "Response from Dr Ann Kearney, Chief Executive, Ardmore Health and Social Care Trust 20 Oct";
        assert_eq!(
            parse_response_header(header, FROM),
            Some(sig(
                "Dr Ann Kearney",
                Some("Chief Executive"),
                Some("Ardmore Health and Social Care Trust")
            ))
        );
    }

    #[test]
    fn legacy_header_without_age() {
        assert_eq!(
            parse_response_header(
                "Response from James Munro, Chief executive, Care Opinion",
                FROM
            ),
            Some(sig(
                "James Munro",
                Some("Chief executive"),
                Some("Care Opinion")
            ))
        );
    }

    #[test]
    fn role_with_commas_is_kept_between_name_and_organisation() {
        let header = "Response from Ben Okafor, Nurse Unit Manager, Children’s Ward, Greywood Valley Hospital, Greywood Valley Local Health District 20 hours ago";
        let parsed = parse_response_header(header, FROM).unwrap();
        assert_eq!(
            parsed.role.as_deref(),
            Some("Nurse Unit Manager, Children’s Ward, Greywood Valley Hospital")
        );
        assert_eq!(
            parsed.organisation.as_deref(),
            Some("Greywood Valley Local Health District")
        );
    }

    #[test]
    fn headers_separated_by_dashes_brackets_or_at() {
        let expected = sig(
            "Helen Marsh",
            Some("Patient Experience Lead"),
            Some("Kingsmere Community Trust"),
        );
        for header in [
            "Response from Helen Marsh - Patient Experience Lead - Kingsmere Community Trust 1 day ago",
            "Response from Helen Marsh — Patient Experience Lead — Kingsmere Community Trust",
            "Response from Helen Marsh | Patient Experience Lead | Kingsmere Community Trust",
            "Response from Helen Marsh (Patient Experience Lead), Kingsmere Community Trust",
        ] {
            assert_eq!(parse_response_header(header, FROM), Some(expected.clone()), "{header}");
        }
        assert_eq!(
            parse_response_header(
                "Response from Deirdre Quinn (Service Manager, Maternity), Southern Lough Trust  3 months ago",
                FROM
            ),
            Some(sig(
                "Deirdre Quinn",
                Some("Service Manager, Maternity"),
                Some("Southern Lough Trust")
            ))
        );
        assert_eq!(
            parse_response_header("Response from Mei Lin Tan (Peer Support Coordinator)", FROM),
            Some(sig("Mei Lin Tan", Some("Peer Support Coordinator"), None))
        );
        assert_eq!(
            parse_response_header("Response from Fiona Strachan at NHS Glenmorven", FROM),
            Some(sig("Fiona Strachan", None, Some("NHS Glenmorven")))
        );
        // A hyphen inside a name is no separator.
        assert_eq!(
            parse_response_header("Response from Mary-Jane Ode, Ward Sister, St Anne's", FROM),
            Some(sig("Mary-Jane Ode", Some("Ward Sister"), Some("St Anne's")))
        );
    }

    #[test]
    fn credentials_under_the_name_in_the_closing_lines() {
        let text = "Dear Bill,\n\nThank you.\n\nKind regards,\nDr Priya Raman\nHead of Unit, Renal Medicine\nSpencer Gulf Local Health Network";
        assert_eq!(
            signature_after_name(text, "Dr Priya Raman"),
            Signature {
                name: None,
                role: Some("Head of Unit, Renal Medicine".into()),
                organisation: Some("Spencer Gulf Local Health Network".into()),
            }
        );
        // The name alone, or a name then one line, says too little; another name says nothing.
        for text in [
            "Thanks.\n\nBest wishes,\nDr Priya Raman",
            "Thanks.\n\nBest wishes,\nDr Priya Raman\nRenal Unit",
            "Thanks.\n\nBest wishes,\nSam Jones\nHead of Unit\nSpencer Gulf",
        ] {
            assert_eq!(
                signature_after_name(text, "Dr Priya Raman"),
                Signature::default(),
                "{text}"
            );
        }
    }

    #[test]
    fn short_headers() {
        assert_eq!(
            parse_response_header("Response from Sam", FROM),
            Some(sig("Sam", None, None))
        );
        assert_eq!(
            parse_response_header("Response from Sam, Healthwatch X", FROM),
            Some(sig("Sam", None, Some("Healthwatch X")))
        );
        assert_eq!(
            parse_response_header("Response from ,, 3 days ago", FROM),
            Some(Signature::default())
        );
        assert_eq!(parse_response_header("Update posted by x", FROM), None);
    }

    #[test]
    fn organisation_first_then_name_and_role() {
        assert_eq!(
            parse_response_header(
                "Response from Carers Together Coldharbour, Lydia Osei, Carer Support Lead",
                FROM
            ),
            Some(sig(
                "Lydia Osei",
                Some("Carer Support Lead"),
                Some("Carers Together Coldharbour")
            ))
        );
        assert_eq!(
            parse_response_header(
                "Response from Teifi Valley University Health Board, Gwenllian Morgan, Ward Sister, Aeron Ward",
                FROM
            ),
            Some(sig(
                "Gwenllian Morgan",
                Some("Ward Sister, Aeron Ward"),
                Some("Teifi Valley University Health Board")
            ))
        );
        // The name first: nothing moves.
        assert_eq!(
            parse_response_header(
                "Response from Sam Lee, Ward Manager, Kestrel NHS Trust",
                FROM
            ),
            Some(sig(
                "Sam Lee",
                Some("Ward Manager"),
                Some("Kestrel NHS Trust")
            ))
        );
    }

    #[test]
    fn a_job_title_where_the_name_would_be() {
        assert_eq!(
            parse_response_header("Response from Practice Manager, Millbrook Surgery", FROM),
            Some(Signature {
                name: None,
                role: Some("Practice Manager".into()),
                organisation: Some("Millbrook Surgery".into()),
            })
        );
        assert_eq!(
            parse_response_header("Response from Sam Lee, Millbrook Surgery", FROM),
            Some(sig("Sam Lee", None, Some("Millbrook Surgery")))
        );
    }

    #[test]
    fn role_at_organisation() {
        assert_eq!(
            parse_response_header(
                "Response from Siobhán Keane, Clinical Nurse Manager 2 at Cloncarrig University Hospital",
                FROM
            ),
            Some(sig(
                "Siobhán Keane",
                Some("Clinical Nurse Manager 2"),
                Some("Cloncarrig University Hospital")
            ))
        );
    }

    #[test]
    fn role_with_a_unit_at_organisation() {
        assert_eq!(
            parse_response_header(
                "Response from Tahnee Walsh, Nurse Unit Manager, Renal Services at Capricorn Downs Hospital and Health Service",
                FROM
            ),
            Some(sig(
                "Tahnee Walsh",
                Some("Nurse Unit Manager, Renal Services"),
                Some("Capricorn Downs Hospital and Health Service")
            ))
        );
    }

    #[test]
    fn updates_naming_the_author_by_what_they_are() {
        let by = "Update posted by";
        assert_eq!(
            parse_username_after("Update posted by the story's author", by),
            None
        );
        assert_eq!(
            parse_username_after("Update from the story’s author sam62", "Update from"),
            Some("sam62".into())
        );
        assert_eq!(
            parse_username_after("Update from the author 17 days ago", "Update from"),
            None
        );
        assert_eq!(
            parse_username_after(
                "Diweddariad gan yr awdur / Update from the author",
                "Diweddariad gan"
            ),
            None
        );
        assert_eq!(
            parse_username_after("Postiwyd gan / Posted by sam", "Postiwyd gan"),
            None
        );
        assert_eq!(
            parse_username_after("Postiwyd gan / Posted by sam", "Posted by"),
            Some("sam".into())
        );
    }

    #[test]
    fn signature_lines() {
        let s = parse_signature_lines(
            "\n  Executive Director, Banksia Park Hospital Group,\n   Southern Coastal Health Service\n",
        );
        assert_eq!(
            s.role.as_deref(),
            Some("Executive Director, Banksia Park Hospital Group")
        );
        assert_eq!(
            s.organisation.as_deref(),
            Some("Southern Coastal Health Service")
        );
        assert_eq!(parse_signature_lines("Only Org").role, None);
        assert_eq!(parse_signature_lines("  \n "), Signature::default());
    }

    #[test]
    fn usernames() {
        assert_eq!(
            parse_username_after("Posted By wattlebird62", "Posted by"),
            Some("wattlebird62".into())
        );
        assert_eq!(
            parse_username_after("Posted by waiting_in_kirkby (as the patient),", "Posted by"),
            Some("waiting_in_kirkby".into())
        );
        assert_eq!(
            parse_username_after(
                "Update posted by wattlebird62 12 days ago",
                "Update posted by"
            ),
            Some("wattlebird62".into())
        );
        assert_eq!(parse_username_after("Posted by", "Posted by"), None);
        assert_eq!(
            parse_username_after("Posted by (as a relative)", "Posted by"),
            None
        );
    }

    #[test]
    fn author_roles() {
        assert_eq!(
            parse_author_role("(as a relative),"),
            Some("relative".into())
        );
        assert_eq!(
            parse_author_role("x (as the patient), y"),
            Some("patient".into())
        );
        assert_eq!(
            parse_author_role("(as a parent/guardian),"),
            Some("parent/guardian".into())
        );
        assert_eq!(
            parse_author_role("(As An Other Person)"),
            Some("Other Person".into())
        );
        assert_eq!(parse_author_role("(as the)"), None);
        assert_eq!(parse_author_role("(as a relative"), None);
        assert_eq!(parse_author_role("no role"), None);
    }

    #[test]
    fn author_roles_in_the_sites_other_words() {
        for (byline, name, role) in [
            (
                "Posted by Mum of two (a parent/guardian)",
                "Mum of two",
                "parent/guardian",
            ),
            (
                "Posted by Liffeyside daughter, a relative · 25 November",
                "Liffeyside daughter",
                "relative",
            ),
            (
                "Posted by Saltbush_Sky (service user) · Tuesday",
                "Saltbush_Sky",
                "service user",
            ),
            (
                "Posted by Brambleroad, as a patient, 18 November 2026",
                "Brambleroad",
                "patient",
            ),
            (
                "Posted by Lough_driver (a carer), 2 December",
                "Lough_driver",
                "carer",
            ),
        ] {
            assert_eq!(parse_author_role(byline).as_deref(), Some(role), "{byline}");
            assert_eq!(
                parse_username_after(byline, "Posted by").as_deref(),
                Some(name),
                "{byline}"
            );
        }
        assert_eq!(parse_author_role("Posted by sam (patiently waiting)"), None);
        assert_eq!(
            parse_username_after("Posted by jo (fel claf) (a patient)", "Posted by").as_deref(),
            Some("jo")
        );
        assert_eq!(parse_author_role("Posted by sam, a patient's son"), None);
    }

    #[test]
    fn a_role_given_as_a_fact_of_its_own() {
        for (value, role) in [
            ("patient", "patient"),
            ("A carer", "carer"),
            ("Parent/guardian", "Parent/guardian"),
            ("claf / patient", "patient"),
            ("service user.", "service user"),
        ] {
            assert_eq!(role_alone(value).as_deref(), Some(role), "{value}");
        }
        for value in [
            "Seren_fach",
            "Ysbyty Glan Teifi / Midwife-Led Unit",
            "patients",
            "",
        ] {
            assert_eq!(role_alone(value), None, "{value}");
        }
    }

    #[test]
    fn titles() {
        assert_eq!(
            strip_title_quotes("\" Mum’s last weeks \""),
            "Mum’s last weeks"
        );
        assert_eq!(strip_title_quotes("No quotes"), "No quotes");
        assert_eq!(strip_title_quotes("\""), "\"");
        assert_eq!(strip_title_quotes("“Closer to home”"), "Closer to home");
        assert_eq!(strip_title_quotes("“Unclosed"), "“Unclosed");
    }

    #[test]
    fn username_before_a_role_bracket_without_space() {
        assert_eq!(
            parse_username_after("Posted by canalside_jo(as a patient),", "Posted by"),
            Some("canalside_jo".into())
        );
        assert_eq!(
            parse_username_after("Posted by (as a patient)", "Posted by"),
            None
        );
    }
}
