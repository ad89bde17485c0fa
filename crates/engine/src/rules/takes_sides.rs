//! `takes-sides`: "Be wary of appearing to take sides in a discussion."
//!
//! Fires on verdicts about who was right or wrong ("you are absolutely right", "that is
//! disgraceful", "they should be ashamed"). Saying the author is right to feel a grievance, a
//! feeling aimed at someone ("you're right to be angry"), sides with them against whoever it is
//! aimed at, so it is a hint; granting a feeling ("you've every right to be upset", "you're
//! entitled to feel let down") is empathy and stays silent unless the feeling is outrage ("every
//! right to be furious", a hint), and so is saying they are right to feel worried or shaken. A deed or a duty said of the author ("you
//! did everything right", "you should never be afraid to ask") reassures them rather than judging
//! anyone, unless the sentence sets another party against it ("you did everything right; they
//! didn't"). Several phrases in one sentence make one finding, underlining from the first to
//! the last and at the stronger of their severities, so a heated sentence reads as one piece of
//! advice rather than a row of warnings. Empathy without a verdict ("I'm sorry to hear how
//! difficult this was") is fine, and so is a burden acknowledged ("nobody should have to carry
//! that") or the author praised ("you did well to get through it"). Siding counts either way:
//! with the author, in idiom too ("you've put your finger on it", "heads should roll"), or with
//! the provider ("the ward did their level best", "staff are run off their feet"), which
//! includes vouching for it from the responder's own experience ("I've always found the staff
//! there first class") and waving the story away ("I'm sure it's just a blip"). The author's
//! account reported ("you describe the staff as rushed off their feet"), a standing view ("our
//! view is that…") and a condition ("reply here if that's not OK") pass no verdict. How a
//! service the story names did its job ("the trust let him down badly", "the receptionist was
//! wrong", "you were let down") is `criticises-others`' to judge; shame and disgrace heaped on it still take sides.

use super::criticises_others::CriticisesOthers;
use super::endorsement::{Endorsed, Endorsements, DEFAULT_ENDORSED_VERDICTS};
use super::{rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings, Count};
use crate::text::{cued_in_clause, fold_text, merge_by_sentence, PhraseMatch, PhraseSet};
use crate::{rule_settings, word_list, Config, Finding, Severity, Span};

rule_settings! {
    /// Settings of `takes-sides` (whole words, `*` = any one word, `word*` = prefix).
    pub struct Settings {
        /// Phrases that pass a verdict: a warning.
        pub phrases: Vec<String> = strings(DEFAULT_PHRASES),
        /// Phrases that tell the author they are right to feel as they do. A verdict phrase they
        /// overlap ("you are absolutely right" in "you are absolutely right to be upset") is
        /// read as part of them: a hint when the feeling is a grievance, else nothing.
        pub feeling_phrases: Vec<String> = strings(DEFAULT_FEELING_PHRASES),
        /// Feelings aimed at someone (`word~` = any form): the author told they are right to
        /// feel one ("… right to be upset") is sided with, at hint. Worry or shock are not.
        /// The `outrages` are grievances too.
        pub grievances: Vec<String> = strings(DEFAULT_GRIEVANCES),
        /// Ways of granting a feeling rather than agreeing with it ("every right to",
        /// "entitled to"): a grievance granted this way ("every right to be upset") is empathy;
        /// only outrage granted ("every right to be furious") sides with the author, at hint.
        pub feeling_grants: Vec<String> = strings(DEFAULT_FEELING_GRANTS),
        /// Grievances strong enough to side with the author even when only granted (`word~` =
        /// any form).
        pub outrages: Vec<String> = strings(DEFAULT_OUTRAGES),
        /// Wrongs done to the author (`word~` = any form): after "you were", "you've been" (one
        /// word may come between: "you were badly let down") they are a verdict on how the
        /// author was treated. Being let down or failed, whose doer can only be a service, is
        /// `criticises-others`' to judge.
        pub wrongs: Vec<String> = strings(DEFAULT_WRONGS),
        /// Words naming the author as a subject: a verdict phrase that opens with a duty or a
        /// deed ("should never be", "did everything right") right after one of them
        /// reassures the author ("you should never be afraid to ask").
        pub author_subjects: Vec<String> = strings(DEFAULT_AUTHOR_SUBJECTS),
        /// Words that pass a verdict when something "is" or "was" them, or when intensified
        /// ("it was inexcusable", "frankly atrocious"); `word~` matches every form.
        pub verdict_words: Vec<String> = strings(DEFAULT_VERDICT_WORDS),
        /// What makes a verdict word a verdict, written before it: a verb of being or an
        /// intensifier ("is", "was", "utterly"). "That sounds appalling" has none.
        pub verdict_lead_ins: Vec<String> = strings(DEFAULT_VERDICT_LEAD_INS),
        /// Words that judge how well something was done ("a joke", "appalling"): a verdict in
        /// the dispute after "it is", "that was" (the impersonal lead-ins); said of a named
        /// service ("the ED is a joke") they are `criticises-others`' to judge.
        pub quality_words: Vec<String> = strings(DEFAULT_QUALITY_WORDS),
        /// What makes a quality word a verdict on what happened rather than on a service.
        pub impersonal_lead_ins: Vec<String> = strings(DEFAULT_IMPERSONAL_LEAD_INS),
        /// Words that wave what happened away as out of the ordinary ("a blip", "a one-off"):
        /// after an impersonal lead-in ("I'm sure it's just a blip") they side with the
        /// provider against the author's account.
        pub dismissals: Vec<String> = strings(DEFAULT_DISMISSALS),
        /// Words of praise: the responder vouching for a service from their own experience
        /// ("I've always found the staff there first class") sides with it.
        pub praise_words: Vec<String> = strings(DEFAULT_PRAISE_WORDS),
        /// What makes a word of praise the responder's own experience of the service, with up
        /// to three words (the service) between ("always found").
        pub vouching_lead_ins: Vec<String> = strings(DEFAULT_VOUCHING_LEAD_INS),
        /// Verdicts on how a service did its job ("let * down", "wrong", "not good enough"):
        /// said of a service the story names ("the receptionist was wrong", "the trust has let
        /// him down badly") they are `criticises-others`' to judge, not a side taken in the
        /// dispute; said of what happened ("that was wrong") they still are.
        pub service_verdicts: Vec<String> = strings(DEFAULT_SERVICE_VERDICTS),
        /// Verdicts only when they end their clause ("that isn't on." but not "it isn't on
        /// our list").
        pub clause_end_verdicts: Vec<String> = strings(DEFAULT_CLAUSE_END_VERDICTS),
        /// Where the responder says they stand with the author ("on your side", "in your
        /// corner"): after a word of `allies` ("I'm firmly on your side") it sides with them.
        /// Said of anyone else ("someone in your corner") it is an offer, and says nothing.
        pub allegiances: Vec<String> = strings(DEFAULT_ALLEGIANCES),
        /// The responder or the organisation as the subject of a stand, with up to two words
        /// between it and the stand ("we're", "I am *", "I'm * *").
        pub allies: Vec<String> = strings(DEFAULT_ALLIES),
        /// How the responder says they would feel in the author's place ("I'd be", "I would
        /// have been"): with an outrage and a word of `sharing` after it ("I'd be fuming too")
        /// the responder shares the grievance, a hint; without one ("I'd be livid if it were
        /// my mum") it is their own view, for `organisational-voice`.
        pub own_reactions: Vec<String> = strings(DEFAULT_OWN_REACTIONS),
        /// Words that make the responder's outrage the author's too ("too", "as well").
        pub sharing: Vec<String> = strings(DEFAULT_SHARING),
        /// Phrases that make a verdict later in their clause the author's view, a condition
        /// or a question ("if you feel the wait was unacceptable", "we'll ask whether…").
        pub attributions: Vec<String> = strings(DEFAULT_ATTRIBUTIONS),
        /// A quality or verdict word at most this many words after the verb of a clause about
        /// an act or a wait ("Sending him home at 3am was simply a joke") is a verdict on what
        /// happened.
        pub max_act_verdict_gap_words: Count = Count(3),
        /// What makes what the author is told they are right about a verdict in the dispute
        /// ("you're right that it wasn't good enough", "right to complain"); told they are
        /// right about anything else (a fact, a wish, their own action), they are reassured
        /// (`rules/endorsement.rs`).
        pub endorsed_verdicts: Vec<String> = strings(DEFAULT_ENDORSED_VERDICTS),
    }
}

const DEFAULT_SERVICE_VERDICTS: &str = word_list![
    "let * down",
    "let * * down",
    "failed",
    "clearly failed",
    "is wrong",
    "was wrong",
    "are wrong",
    "were wrong",
    "been wrong",
    "not good enough",
    "not acceptable",
    "unacceptable",
    "negligent",
    "treated * unfairly",
];

const DEFAULT_ALLEGIANCES: &str = word_list![
    "on your side",
    "in your corner",
    "behind you",
    "in your camp",
    "on your team",
];

const DEFAULT_ALLIES: &str = word_list![
    "i'm", "i am", "we're", "we are", "i'm *", "i am *", "we're *", "we are *", "i'm * *",
    "i am * *", "we're * *", "we are * *",
];

const DEFAULT_OWN_REACTIONS: &str = word_list![
    "i'd be",
    "i would be",
    "i'd be *",
    "i would be *",
    "i'd have been",
    "i would have been",
    "i'd feel",
    "i would feel",
    "we'd be",
    "we would be",
];

const DEFAULT_SHARING: &str = word_list!["too", "as well", "and all", "myself"];

const DEFAULT_CLAUSE_END_VERDICTS: &str = word_list![
    "not on",
    "isn't on",
    "wasn't on",
    "aren't on",
    "weren't on",
    "isnt on",
    "not ok",
    "not okay",
    "isn't ok",
    "isn't okay",
    "wasn't ok",
    "wasn't okay",
    "you're right",
    "you are right",
    "you were right",
    "you're so right",
    "i believe you",
    "we believe you",
];

const DEFAULT_ATTRIBUTIONS: &str = word_list![
    "if you feel",
    "if you felt",
    "if you think",
    "if you thought",
    "if you believe",
    "if you consider",
    "you feel",
    "you felt",
    "you may feel",
    "you might feel",
    "you may have felt",
    "you were told",
    "you'd been told",
    "you had been told",
    "were told",
    "was told",
    "whether",
    "ask~ if",
    "to find out",
    "to check",
    "look~ into",
    "investigate~",
    "not saying",
    // The author's effort reported ("you're trying to be fair to the staff").
    "you're trying",
    "you are trying",
    "you were trying",
    "you've been trying",
    "you tried",
    // The author's account reported ("you describe the staff as rushed off their feet").
    "you describe~",
    "you've described",
    "you have described",
    "you mention~",
    "you've mentioned",
    "you say",
    "you said",
    "you write",
    "you wrote",
    "you tell us",
    "you told us",
    // A standing view on how things should be done, not a verdict on this case ("our view is
    // that medicines should never be switched without a conversation").
    "view is that",
    "position is that",
    "we have long said",
    "we've long said",
];

const DEFAULT_VERDICT_WORDS: &str = word_list![
    "disgraceful",
    "a disgrace",
    "an absolute disgrace",
    "a scandal",
    "scandalous",
    "shameful",
    "outrageous",
    "deplorable",
    "disgusting",
    "inexcusable",
    "unforgivable",
    "unacceptable",
    "not acceptable",
    "indefensible",
    "in the wrong",
    "to blame",
    "at fault",
    "beyond belief",
    "a travesty",
    "an outrage",
    "unjustifiable",
    "reckless",
    "unjustified",
    "unfair",
    "so unfair",
    "grossly unfair",
    "in the right",
    "not good enough",
    "nowhere near good enough",
    "treated shamefully",
    "treated appallingly",
    "treated disgracefully",
    "treated terribly",
    "treated badly",
    "treated so badly",
    "within their rights",
    "within its rights",
    "a national embarrassment",
    "an embarrassment",
    "justified",
    "a national scandal",
    "neglect",
    "neglectful",
    "negligence",
];

const DEFAULT_QUALITY_WORDS: &str = word_list![
    "appalling",
    "atrocious",
    "abysmal",
    "diabolical",
    "horrendous",
    "inexplicable",
    "a joke",
    "a farce",
    "a shambles",
    "criminal",
    "negligent",
    "lamentable",
    "ridiculous",
    "absurd",
    "laughable",
    "cruel",
    "heartless",
    "inhumane",
    "an absolute joke",
    "a complete joke",
    "a total joke",
    "an absolute farce",
    "a complete farce",
    "a total farce",
    "an absolute shambles",
    "a complete shambles",
    "a total shambles",
];

const DEFAULT_DISMISSALS: &str = word_list![
    "a blip",
    "a one-off",
    "a one off",
    "an off day",
    "an off night",
    "a bad shift",
    "a rare lapse",
    "a misunderstanding",
];

const DEFAULT_PRAISE_WORDS: &str = word_list![
    "lovely",
    "fine",
    "great",
    "excellent",
    "brilliant",
    "wonderful",
    "fantastic",
    "superb",
    "marvellous",
    "amazing",
    "first class",
    "first-class",
    "second to none",
    "very good",
    "really good",
    "so good",
    "kind",
    "very kind",
    "caring",
    "professional",
];

const DEFAULT_VOUCHING_LEAD_INS: &str = word_list![
    "always found",
    "never found them anything but",
];

const DEFAULT_IMPERSONAL_LEAD_INS: &str = word_list![
    "it's",
    "that's",
    // The same without the apostrophe, as hurried replies write them.
    "its",
    "thats",
    "its *",
    "thats *",
    "it is",
    "that is",
    "this is",
    "it was",
    "that was",
    "this was",
    "it's *",
    "that's *",
    "it is *",
    "that is *",
    "this is *",
    "it was *",
    "that was *",
    "this was *",
];

const DEFAULT_VERDICT_LEAD_INS: &str = word_list![
    "is",
    "was",
    "were",
    "are",
    "it's",
    "that's",
    "this is",
    "is *",
    "was *",
    "were *",
    "are *",
    "it's *",
    "that's *",
    "absolutely",
    "utterly",
    "totally",
    "truly",
    "frankly",
    "simply",
    "completely",
    "entirely",
    "quite frankly",
    "downright",
    "thats",
    "its",
    "nothing short of",
    "anything other than",
    "what",
];

const DEFAULT_PHRASES: &str = word_list![
    "you are absolutely right",
    "you're absolutely right",
    "you are completely right",
    "you're completely right",
    "you are quite right",
    "you're quite right",
    "you are totally right",
    "you're totally right",
    "i completely agree",
    "i totally agree",
    "i fully agree",
    "i agree with you",
    "i * agree with you",
    "we completely agree",
    "we agree with you",
    "we're on your side",
    "we are on your side",
    "clearly in the wrong",
    "were in the wrong",
    "was in the wrong",
    // "that is / this is / it was / the care was disgraceful": any one-word subject.
    "* is disgraceful",
    "* was disgraceful",
    "that's disgraceful",
    "it's disgraceful",
    // Intensified, whatever comes before ("it is not disgraceful" stays silent).
    "absolutely disgraceful",
    "utterly disgraceful",
    "totally disgraceful",
    "truly disgraceful",
    "really disgraceful",
    "simply disgraceful",
    "frankly disgraceful",
    "is a disgrace",
    "was a disgrace",
    "is an absolute disgrace",
    "was an absolute disgrace",
    "that's a disgrace",
    "it's a disgrace",
    "that's an absolute disgrace",
    "it's an absolute disgrace",
    "absolutely shocking",
    "absolutely appalling",
    "is appalling",
    "was appalling",
    "that's appalling",
    "it's appalling",
    "is shameful",
    "was shameful",
    "that's shameful",
    "it's shameful",
    "is scandalous",
    "was scandalous",
    "that's scandalous",
    "it's scandalous",
    "is outrageous",
    "was outrageous",
    "that's outrageous",
    "it's outrageous",
    "completely unacceptable",
    "totally unacceptable",
    "should be ashamed",
    "should be * ashamed",
    "ought to be ashamed",
    "they got it wrong",
    "they let you down badly",
    "spot on",
    "dead right",
    "so right",
    "100% right",
    "you're right that",
    "you are right that",
    "you were right that",
    "couldn't agree more",
    "could not agree more",
    "agree completely",
    "agree entirely",
    "agree wholeheartedly",
    "wholeheartedly agree",
    "entirely agree",
    "absolutely agree",
    "with you all the way",
    // Belief in the author's account over the other party's.
    "believe every word",
    "believe you over",
    // Telling the author to hold to their account against anyone who disputes it.
    "let any* tell you otherwise",
    "let any* tell you different*",
    "let any* tell you any different",
    "let any* say otherwise",
    "with you 100%",
    "100 with you",
    "100 per cent with you",
    "hundred percent with you",
    "i'm with you on",
    "i am with you on",
    "we're with you on",
    "we are with you on",
    "beggar* belief",
    "hang* their heads",
    "hang* its head",
    "shame on",
    "how dare they",
    "should be sacked",
    "should be struck off",
    "should be disciplined",
    "should be held to account",
    "heads should roll",
    "no excuse for",
    "there is no excuse",
    "there's no excuse",
    "handled this correctly",
    "handled it correctly",
    "handled this appropriately",
    "handled it appropriately",
    "acted correctly",
    "acted appropriately",
    "acted properly",
    "acted * properly",
    "acted reasonably",
    "acted * reasonably",
    "did nothing wrong",
    "did everything right",
    "did the right thing",
    "followed the correct",
    "followed correct",
    "were not at fault",
    "was not at fault",
    "weren't at fault",
    "wasn't at fault",
    "were in the right",
    "was in the right",
    "were justified",
    "was justified",
    "entirely justified",
    "fully justified",
    "hit the nail on the head",
    "hit the nail right on the head",
    "quite right too",
    "you're quite correct",
    "you are quite correct",
    "absolutely correct",
    "completely correct",
    "you're correct",
    "you are correct",
    "you're not wrong",
    "you are not wrong",
    "you were not wrong",
    "justified in your complaint",
    "justified in complaining",
    "justified in raising",
    "side with the",
    "side with them",
    "sides with the",
    "you are in the right",
    "you're in the right",
    "agrees with you",
    "agree with you entirely",
    "agree with you completely",
    "agree with every word",
    "did what it could",
    "did what they could",
    "did all they could",
    "did all it could",
    "did everything they could",
    "did everything it could",
    "made the right call",
    "made the right decision",
    "the right call",
    "perfectly reasonable",
    "entirely reasonable",
    "quite reasonable",
    "they did well to",
    "staff did well to",
    "team did well to",
    "ward did well to",
    "trust did well to",
    "it did well to",
    "should never have happened",
    "never should have happened",
    "should not have happened",
    "shouldn't have happened",
    "fair to say the",
    "can't be blamed",
    "cannot be blamed",
    "not to blame",
    "rightly so",
    "and rightly so",
    "quite rightly",
    "clearly wrong",
    "obviously wrong",
    "totally wrong",
    "completely wrong",
    "just plain wrong",
    "plain wrong",
    "simply wrong",
    "was wrong",
    "were wrong",
    "is wrong",
    "are wrong",
    "isn't right",
    "wasn't right",
    "is not right",
    "was not right",
    "an outrage",
    "a travesty",
    "nobody should be treated",
    "no one should be treated",
    // Treatment no one should get ("nobody should have to wait"), not a burden to carry.
    "no one should have to wait",
    "nobody should have to wait",
    "no one should have to sit",
    "nobody should have to sit",
    "no one should have to lie",
    "nobody should have to lie",
    "no one should have to beg",
    "nobody should have to beg",
    "no one should have to fight",
    "nobody should have to fight",
    "no one should have to chase",
    "nobody should have to chase",
    "nobody should be left",
    "no one should be left",
    "should never be",
    "should not have been",
    "shouldn't have been",
    "should apologise",
    "owe you an apology",
    "owes you an apology",
    "deserve an apology",
    "firmly on your side",
    "behind you all the way",
    "100% behind you",
    "fully behind you",
    "support your complaint",
    "fully support you",
    "back you all the way",
    "hold them to account",
    "take them to task",
    "to be fair to",
    "in fairness",
    "doing everything right",
    "exactly as * should",
    "let * down badly",
    "let your * down badly",
    "deserve~ answers",
    "deserve~ an apology",
    "deserve~ an explanation",
    "deserve~ a proper",
    "in their defence",
    "in the staff's defence",
    "had no choice",
    "had no option",
    "only following",
    "doing their job",
    "just doing their job",
    "can't be expected",
    "cannot be expected",
    "these things happen",
    "these things take time",
    "nothing more they could",
    "nothing more could",
    "nothing else they could",
    "did their best",
    "did their very best",
    "doing their best",
    "doing all they can",
    "under huge pressure",
    "under enormous pressure",
    "under immense pressure",
    "correct procedure",
    "followed procedure",
    "followed the procedure",
    "followed protocol",
    "by the book",
    "standard practice",
    "no one is to blame",
    "nobody is to blame",
    "no one was to blame",
    "not their fault",
    "wasn't their fault",
    "isn't their fault",
    "their fault",
    "i agree",
    "we agree",
    "totally agree",
    "i'm in complete agreement",
    "i share your anger",
    "we share your anger",
    "i share your outrage",
    "as you rightly say",
    "as you rightly point out",
    "you rightly point out",
    "you rightly say",
    "well said",
    "hear hear",
    "exactly right",
    "too right",
    "so true",
    "got it badly wrong",
    "clearly negligent",
    "totally failed you",
    "utterly failed you",
    "completely failed you",
    // Agreement and siding in idiom.
    "right behind you",
    "behind you on",
    "share your view",
    "share your frustration",
    "share your concern that",
    "owe~ you",
    "owe~ your",
    "owe~ her",
    "owe~ him",
    "had no business",
    "have no business",
    "has no business",
    // Siding with the provider.
    "was right to",
    "were right to",
    "was * right to",
    "were * right to",
    "was right not to",
    "were right not to",
    "was * right not to",
    "were * right not to",
    "nothing to apologise for",
    "nothing to apologize for",
    "as well as it could",
    "as well as they could",
    "as well as could be expected",
    "was wrong to",
    "were wrong to",
    "was * wrong to",
    "were * wrong to",
    "doing her job",
    "doing his job",
    "only doing",
    "that's the correct",
    "that is the correct",
    "was the correct",
    "correct decision",
    "right decision",
    "sensible decision",
    "reasonable decision",
    "handled * correctly",
    "handled * appropriately",
    "handled * properly",
    "dealt with * correctly",
    "dealt with * appropriately",
    "dealt with * properly",
    "handled * badly",
    "handled * poorly",
    "handled * dreadfully",
    "handled * terribly",
    "handled * appallingly",
    "handled * shockingly",
    "dealt with * badly",
    "dealt with * poorly",
    "dealt with * dreadfully",
    "dealt with * appallingly",
    "got this wrong",
    "got that wrong",
    "got it wrong",
    "got it all wrong",
    "got this all wrong",
    "responded appropriately",
    "responded correctly",
    "did exactly what",
    "did exactly the right",
    "can't really blame",
    "can hardly blame",
    "hard to blame",
    "difficult to blame",
    "no fault of",
    // Agreement in idiom ("couldn't agree with you more", "you've put your finger on it").
    "agree with you more",
    "with you on every",
    "wi' you",
    "called it right",
    "called it exactly right",
    "you've called it",
    "put your finger on",
    "said it better",
    "put it better",
    "couldn't have put it better",
    "took the words out of",
    "my thoughts exactly",
    "bang on",
    "right on the money",
    "got it in one",
    "telling it like it is",
    "tell it like it is",
    "saying it like it is",
    "say it like it is",
    "calling it like it is",
    // Calls for blame ("heads to roll", "should be held accountable").
    "heads to roll",
    "heads will roll",
    "should be held accountable",
    "must be held accountable",
    "clearly let * down",
    "clearly let down",
    "clearly failed you",
    "clearly failed your",
    "clearly failed her",
    "clearly failed him",
    // Siding with the provider in idiom ("did their level best", "the reply is fair").
    "did their level best",
    "did its level best",
    "doing their level best",
    "staff can only do so much",
    "they can only do so much",
    "what it's there to do",
    "what they're there to do",
    "held its hands up",
    "held their hands up",
    "reply is fair",
    "response is fair",
    "reply is * fair",
    "response is * fair",
    "exactly the right one",
    "benefit of the doubt",
    "meant well",
    "hands are tied",
    "hands were tied",
    "doing the best they can",
    "doing their utmost",
    "did their utmost",
    "doing its best",
    "does its best",
    "do its best",
    "did its best",
    "do their best",
    "does their best",
    "doing its very best",
    "do their very best",
    "run off their feet",
    "rushed off their feet",
    "stretched to the limit",
    "stretched thin",
    "under a lot of pressure",
    "under so much pressure",
    "nobody's fault",
    "no one's fault",
    "not the * fault",
    "not the * * fault",
    // Endorsing what the author did ("you were quite right to complain").
    "quite right to",
    "absolutely right to",
    "completely right to",
    "totally right to",
    "dead right to",
    "100% right to",
    "you're right to complain~",
    "you're right to raise",
    "you're right to question",
    "you're right to challenge",
    "you're right to speak up",
    "you're right to push",
    "you're right to kick up",
    "you're right to make a fuss",
    "you are right to complain~",
    "you are right to raise",
    "you are right to question",
    "you are right to challenge",
    "you are right to speak up",
    "you are right to push",
    "you are right to kick up",
    "you are right to make a fuss",
    "you were right to complain~",
    "you were right to raise",
    "you were right to question",
    "you were right to challenge",
    "you were right to speak up",
    "you were right to push",
    "you were right to kick up",
    "you were right to make a fuss",
    // Excusing the provider by how busy it was ("staff were swamped").
    "were swamped",
    "was swamped",
    "are swamped",
    "is swamped",
    "were overstretched",
    "was overstretched",
    "are overstretched",
    "is overstretched",
    "were over-stretched",
    "are over-stretched",
    "were snowed under",
    "are snowed under",
    "were flat out",
    "are flat out",
    // Agreeing with the author's case ("you make a fair point", "every reason to complain").
    "a fair point",
    "a very fair point",
    "a valid point",
    "a very valid point",
    "a good point",
    "a very good point",
    "every reason to complain",
    "heads * roll",
    "heads * * roll",
    "should be embarrassed",
    "ought to be embarrassed",
    "should be mortified",
    "should be * mortified",
    "ought to be mortified",
    "with you 100",
    "agree 100",
    // Conduct held against a standard ("the care fell below what anyone should accept").
    "fell below",
    "fall below",
    "falls below",
    "fallen below",
    "fell * below",
    "fell short of what anyone",
    "falls short of what anyone",
    "below what anyone",
    "not being unreasonable",
    "no being unreasonable",
    "could have done much more",
    "couldn't have done more",
    "couldn't have done much more",
    "couldn't have done any more",
    "could not have done more",
    "could not have done any more",
    // Verdicts on how the author was treated, with them as the object ("you were let down",
    // "the trust treated your aunt shamefully").
    "treated * shamefully",
    "treated * * shamefully",
    "treated * appallingly",
    "treated * * appallingly",
    "treated * disgracefully",
    "treated * * disgracefully",
    "you're * in the right",
    "you are * in the right",
    // Calls for someone's judgement to be examined ("they want their heads examined").
    "want~ * head examined",
    "want~ * heads examined",
    "need~ * head examined",
    "need~ * heads examined",
    // Verdicts on how the author was treated, in idiom ("beyond the pale", "bang out of order").
    "beyond the pale",
    "words fail me",
    "takes the biscuit",
    "a kick in the teeth",
    "a slap in the face",
    "bang out of order",
    "out of line",
    "well out of order",
    "totally out of order",
    "completely out of order",
    "way out of order",
    "just a bad week",
    "just a bad day",
    "just an off day",
    // Vouching for the provider from the responder's own experience ("I couldn't fault them",
    // "she runs a tight ship", "the best unit in the country"), or excusing what it did ("the
    // rules are there for a good reason", "it depends on the shift").
    "couldn't fault",
    "could not fault",
    "can't fault",
    "cannot fault",
    "couldn't fault them",
    "never had a bit of bother",
    "never had any bother",
    "never had a problem with",
    "never had any problems with",
    "never had a single problem",
    "a tight ship",
    "a cracking reputation",
    "an excellent reputation",
    "a great reputation",
    "a very good reputation",
    "the best * in the country",
    "the best * * in the country",
    "the best in the country",
    "there for a good reason",
    "there for a reason",
    "as well as anyone could",
    "depends on the shift",
    "depends who's on",
    "depends on who's on",
    "is absolutely right",
    "is quite right",
    "is completely right",
    "is totally right",
    "is dead right",
    "is perfectly right",
    "is absolutely right to",
    "is quite right to",
];

const DEFAULT_GRIEVANCES: &str = word_list![
    "angry",
    "upset",
    "angrier",
    "anger~",
    "cross",
    "annoyed",
    "aggrieved",
    "indignant",
    "mad",
    "fed up",
    "ticked off",
    "hacked off",
    "cheesed off",
    "browned off",
    "narked",
    "peeved",
    "let down",
    "badly let down",
    "betrayed",
    "cheated",
    "wronged",
    "short-changed",
    "fobbed off",
    "ignored",
    "dismissed",
    "insulted",
    "disrespected",
];

const DEFAULT_FEELING_GRANTS: &str = word_list![
    "every right to",
    "entitled to",
    "every reason to",
    "understandabl*",
    "every justification for",
    "justified in",
];

const DEFAULT_OUTRAGES: &str = word_list![
    "furious",
    "raging",
    "livid",
    "fuming",
    "seething",
    "incensed",
    "irate",
    "outraged",
    "scunnered",
    "beelin",
    "spitting feathers",
];

const DEFAULT_WRONGS: &str = word_list![
    "fobbed off",
    "messed about",
    "messed around",
    "mucked about",
    "mucked around",
    "pushed from pillar to post",
    "passed from pillar to post",
    "ripped off",
    "stitched up",
    "short-changed",
    "short changed",
    "dudded",
    "done over",
    "hung out to dry",
    "treated unfairly",
    "mistreated",
    "wronged",
];

/// How a wrong is said to have been done to the author ("you were", "you've been badly").
const VICTIM_FRAMES: &[&str] = &[
    "you were",
    "you've been",
    "you have been",
    "you were *",
    "you've been *",
    "you have been *",
];

const DEFAULT_AUTHOR_SUBJECTS: &str = word_list!["you", "you've", "you'd", "you'll"];

/// First words of a verdict phrase that make it a duty or a deed ("should never be", "did
/// everything right"): said of the author, they reassure.
const DUTIES_AND_DEEDS: &[&str] = &[
    "should", "shouldn't", "ought", "did", "doing", "done",
];

/// Words that make the verdict right after them a condition ("if you were let down").
const CONDITIONS: &[&str] = &["if", "unless", "whether"];

const DEFAULT_FEELING_PHRASES: &str = word_list![
    "right to be upset",
    "right to be angry",
    "right to be concerned",
    "right to be worried",
    "right to be frustrated",
    "right to be disappointed",
    "right to be annoyed",
    "right to be cross",
    "right to be unhappy",
    "right to feel upset",
    "right to feel angry",
    "right to feel let down",
    "right to feel frustrated",
    "right to feel disappointed",
    "right to feel worried",
    "every right to be *",
    "every right to feel *",
    "entitled to be *",
    "entitled to feel *",
    "understandabl* upset",
    "understandabl* angry",
    "understandabl* frustrated",
    "every justification for your *",
    "justified in feeling *",
    "justified in being *",
    "every reason to be *",
    "every reason to feel *",
    "not wrong to feel *",
    "not wrong to be *",
    "not wrong to want",
    "right to want",
];

/// The verdict phrases: the configured ones, each stand after each ally, each verdict word
/// after each lead-in, each quality word and dismissal after each impersonal lead-in, each word
/// of praise a few words
/// after each vouching lead-in and each wrong after each way of saying it was
/// done to the author; and for the vouching phrases, which come last, how many words their
/// lead-in has.
fn verdict_phrases(s: &Settings) -> (Vec<String>, Vec<usize>) {
    let mut phrases = s.phrases.clone();
    for ally in &s.allies {
        for stand in &s.allegiances {
            phrases.push(format!("{ally} {stand}"));
        }
    }
    for frame in VICTIM_FRAMES {
        for wrong in &s.wrongs {
            phrases.push(format!("{frame} {wrong}"));
        }
    }
    for lead_in in &s.verdict_lead_ins {
        for word in &s.verdict_words {
            phrases.push(format!("{lead_in} {word}"));
        }
    }
    for lead_in in &s.impersonal_lead_ins {
        for word in s.quality_words.iter().chain(&s.dismissals) {
            phrases.push(format!("{lead_in} {word}"));
        }
    }
    let mut lead_in_words = Vec::new();
    for lead_in in &s.vouching_lead_ins {
        for between in ["", " *", " * *", " * * *"] {
            for word in &s.praise_words {
                phrases.push(format!("{lead_in}{between} {word}"));
                lead_in_words.push(lead_in.split_whitespace().count());
            }
        }
    }
    (phrases, lead_in_words)
}

/// The responder sharing the author's outrage: each outrage after each way of saying how the
/// responder would feel, followed by each word of sharing ("I'd be fuming too").
fn shared_outrages(s: &Settings) -> Vec<String> {
    let mut phrases = Vec::new();
    for reaction in &s.own_reactions {
        for outrage in &s.outrages {
            for sharing in &s.sharing {
                phrases.push(format!("{reaction} {outrage} {sharing}"));
            }
        }
    }
    phrases
}

/// Words that, right after a vouching lead-in, make its object no service: "I've always found
/// it great to talk", "always found our group a great help", "always found writing it down
/// good".
const NOT_VOUCHED: &[&str] = &[
    "it", "that", "this", "these", "those", "our", "my", "a", "an", "writing", "talking",
];

/// Words that deny what follows: "it is not disgraceful to ask" passes no verdict.
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "isn't", "wasn't", "weren't", "aren't", "hardly", "nothing",
];

/// Words that are no party to the dispute as the subject of a denial ("I'm sorry it didn't
/// help").
const NO_PARTIES: &[&str] = &[
    "it", "that", "this", "there", "which", "you", "i", "we", "who", "to",
];

/// True when the sentence goes on, after the author's deed at `deed`, to set another party
/// against it ("you did everything right; they didn't", "… and they let you both down"): a
/// verdict on both sides, not reassurance.
fn contrasted(ctx: &Context, deed: Span) -> bool {
    let doc = ctx.draft;
    let Some(sentence) = doc.sentence_at(deed).map(|i| &doc.sentences()[i]) else {
        return false;
    };
    let words = doc.words();
    let after = words.partition_point(|w| w.span.start < deed.end);
    let rest = &words[after.min(sentence.words.end)..sentence.words.end];
    rest.iter().any(|w| w.norm == "unlike")
        || rest.windows(2).any(|pair| {
            let (subject, verb) = (pair[0].norm.as_str(), pair[1].norm.as_str());
            let denied = verb.ends_with("n't") || verb == "not";
            let blamed = matches!(verb, "let" | "failed");
            !NO_PARTIES.contains(&subject) && (denied || blamed)
        })
}

/// True when the sentence at `span` is nothing but a verdict ("Disgraceful.", "Utterly
/// shameful!"): a word of `act_verdicts` with at most intensifiers or "how"/"what" before it.
fn lone_verdict(ctx: &Context, span: Span) -> bool {
    const LEAD_INS: &[&str] = &[
        "how", "what", "absolutely", "utterly", "totally", "truly", "frankly", "simply", "just",
        "quite", "completely", "downright",
    ];
    let doc = ctx.draft;
    let Some(sentence) = doc.sentence_at(span).map(|i| &doc.sentences()[i]) else {
        return false;
    };
    doc.sentence_words(sentence).iter().all(|w| {
        (span.start <= w.span.start && w.span.end <= span.end)
            || (w.span.end <= span.start && LEAD_INS.contains(&w.norm.as_str()))
    })
}

/// True when `rest`, the text after a phrase, ends its clause there: nothing more, a
/// punctuation mark, or "at all".
fn ends_clause(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix("at all").unwrap_or(rest);
    rest.chars().next().is_none_or(|c| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\n' | '\r' | '\u{2014}' | '\u{2013}'
        )
    })
}

/// The `takes-sides` rule.
pub struct TakesSides {
    verdict_phrases: Vec<String>,
    /// How many words the lead-in of each vouching phrase has; they end `verdict_phrases`.
    vouching_lead_ins: Vec<usize>,
    verdicts: PhraseSet,
    feelings: PhraseSet,
    grievances: PhraseSet,
    feeling_grants: PhraseSet,
    outrages: PhraseSet,
    /// The responder sharing the author's outrage ("I'd be fuming too").
    shared_outrages: PhraseSet,
    author_subjects: Vec<String>,
    /// Quality and verdict words, for verdicts on an act or a wait.
    act_verdicts: PhraseSet,
    clause_end_verdicts: PhraseSet,
    attributions: PhraseSet,
    service_verdicts: PhraseSet,
    /// Finds the services the story names, for verdicts said of them.
    services: CriticisesOthers,
    max_act_gap: usize,
    /// Reads what the author is told they are right about.
    endorsements: Endorsements,
}

impl TakesSides {
    /// Compiles the phrase lists from `config`.
    pub fn new(config: &Config) -> Self {
        let s = &config.rules.takes_sides;
        let (verdicts, vouching_lead_ins) = verdict_phrases(s);
        let act_verdicts: Vec<&String> = s.quality_words.iter().chain(&s.verdict_words).collect();
        Self {
            verdicts: PhraseSet::new(&verdicts),
            vouching_lead_ins,
            verdict_phrases: verdicts,
            feelings: PhraseSet::new(&s.feeling_phrases),
            grievances: PhraseSet::new(&[&s.grievances[..], &s.outrages[..]].concat()),
            feeling_grants: PhraseSet::new(&s.feeling_grants),
            outrages: PhraseSet::new(&s.outrages),
            shared_outrages: PhraseSet::new(&shared_outrages(s)),
            author_subjects: s.author_subjects.iter().map(|w| fold_text(w)).collect(),
            act_verdicts: PhraseSet::new(&act_verdicts),
            clause_end_verdicts: PhraseSet::new(&s.clause_end_verdicts),
            attributions: PhraseSet::new(&s.attributions),
            service_verdicts: PhraseSet::new(&s.service_verdicts),
            services: CriticisesOthers::new(config),
            max_act_gap: s.max_act_verdict_gap_words.0,
            endorsements: Endorsements::new(&s.endorsed_verdicts),
        }
    }

    /// True when a word of `m` denies the verdict ("is not disgraceful") and the phrase itself
    /// has no such word ("not acceptable" is the verdict).
    fn negated(&self, ctx: &Context, m: PhraseMatch) -> bool {
        let phrase = fold_text(&self.verdict_phrases[m.phrase]);
        let in_phrase = |w: &str| phrase.split([' ', ',']).any(|p| p == w);
        ctx.draft.words().iter().any(|w| {
            m.span.start <= w.span.start
                && w.span.end <= m.span.end
                && NEGATIONS.contains(&w.norm.as_str())
                && !in_phrase(&w.norm)
        })
    }

    /// True when `m` is a vouching phrase whose object is no service ("always found it great
    /// to talk").
    fn vouches_for_no_service(&self, ctx: &Context, m: PhraseMatch) -> bool {
        let vouching_from = self.verdict_phrases.len() - self.vouching_lead_ins.len();
        let Some(lead_in) = m
            .phrase
            .checked_sub(vouching_from)
            .map(|i| self.vouching_lead_ins[i])
        else {
            return false;
        };
        let words = ctx.draft.words();
        let at = words.partition_point(|w| w.span.start < m.span.start);
        let object = words.get(at + lead_in).map(|w| w.norm.as_str());
        object.is_some_and(|w| NOT_VOUCHED.contains(&w) || w.ends_with("ing"))
    }

    /// True when `m` opens with a duty or a deed said of the author, the word right before
    /// it ("you should never be afraid", "you did everything right"), or is a condition ("if
    /// you were fobbed off").
    fn reassures_or_supposes(&self, ctx: &Context, m: PhraseMatch) -> bool {
        if self.supposed(ctx, m) {
            return true;
        }
        let words = ctx.draft.words();
        let at = words.partition_point(|w| w.span.start < m.span.start);
        let opens_with_duty = words
            .get(at)
            .is_some_and(|w| DUTIES_AND_DEEDS.contains(&w.norm.as_str()));
        opens_with_duty
            && at > 0
            && self.author_subjects.contains(&words[at - 1].norm)
            && ctx.draft.sentence_at(words[at - 1].span) == ctx.draft.sentence_at(m.span)
            && !contrasted(ctx, m.span)
    }

    /// True when `m` is a condition: a word of [`CONDITIONS`] stands right before it ("if you
    /// were fobbed off") or one word before ("reply here if that's not OK").
    fn supposed(&self, ctx: &Context, m: PhraseMatch) -> bool {
        let words = ctx.draft.words();
        let at = words.partition_point(|w| w.span.start < m.span.start);
        let same_clause = |i: usize| {
            !ctx.draft.text()[words[i].span.end..m.span.start].contains([',', ';', ':', '.'])
        };
        (at.saturating_sub(2)..at)
            .any(|i| CONDITIONS.contains(&words[i].norm.as_str()) && same_clause(i))
    }

    /// Leaves out of `verdicts` those on how a service the story names did its job ("the
    /// trust has let him down badly"): `criticises-others` judges them.
    fn leave_service_verdicts(&self, ctx: &Context, verdicts: &mut Vec<Span>) {
        let on_service = self.service_verdicts.find_all(ctx.draft);
        if on_service.is_empty() {
            return;
        }
        let mut mentions = None;
        verdicts.retain(|&v| {
            !on_service.iter().filter(|s| s.span.overlaps(v)).any(|s| {
                let mentions = mentions.get_or_insert_with(|| self.services.service_mentions(ctx));
                self.services.said_of_named_service(ctx, v, mentions)
                    || self.services.said_of_named_service(ctx, s.span, mentions)
            })
        });
    }

    /// Takes out of `verdicts` the endorsements of the author that agree with no verdict (a
    /// fact, a wish, their own action: dropped, nobody is judged) or may or may not (a demand
    /// on the other party: returned to be said as a hint, as the author may still read it as
    /// agreement with their account).
    fn leave_endorsements(&self, ctx: &Context, verdicts: &mut Vec<Span>) -> Vec<Span> {
        if verdicts.is_empty() {
            return Vec::new();
        }
        let cues = self.endorsements.cues(ctx.draft);
        let (mut kept, mut unsure) = (Vec::new(), Vec::new());
        for &span in verdicts.iter() {
            match self.endorsements.read(ctx.draft, span, &cues, verdicts) {
                Endorsed::Unread | Endorsed::Verdict => kept.push(span),
                Endorsed::Unsure => unsure.push(span),
                Endorsed::NoSide => {}
            }
        }
        *verdicts = kept;
        unsure
    }

    /// True when a grievance is named in `feeling` or in the word right after it ("every right
    /// to be furious", "right to be so angry").
    fn names_grievance(&self, ctx: &Context, feeling: Span, grievances: &[PhraseMatch]) -> bool {
        let words = ctx.draft.words();
        let end = words.partition_point(|w| w.span.start < feeling.end);
        let limit = words.get(end).map_or(usize::MAX, |w| w.span.start);
        grievances
            .iter()
            .any(|g| g.span.start >= feeling.start && g.span.start <= limit)
    }

    /// Every phrase, merged by sentence, in text order, each with whether it holds a verdict
    /// (else it only validates a grievance). A verdict overlapping a feeling phrase is read as
    /// part of it ("You are absolutely right to be angry" is one hint; "… right to be upset"
    /// none).
    fn merged(&self, ctx: &Context) -> Vec<(Span, bool)> {
        let mut verdicts: Vec<Span> = Vec::new();
        for m in self.verdicts.find_all(ctx.draft) {
            if !self.negated(ctx, m)
                && !self.reassures_or_supposes(ctx, m)
                && !self.vouches_for_no_service(ctx, m)
            {
                verdicts.push(m.span);
            }
        }
        let text = ctx.draft.text();
        for m in self.clause_end_verdicts.find_all(ctx.draft) {
            if ends_clause(&text[m.span.end..]) && !self.supposed(ctx, m) {
                verdicts.push(m.span);
            }
        }
        let acts = ctx.act_clauses();
        for m in self.act_verdicts.find_all(ctx.draft) {
            if lone_verdict(ctx, m.span)
                || acts
                    .iter()
                    .any(|a| a.leads_to(ctx.draft, m.span, self.max_act_gap))
            {
                verdicts.push(m.span);
            }
        }
        if !verdicts.is_empty() {
            let attributions = self.attributions.find_all(ctx.draft);
            verdicts.retain(|&v| !cued_in_clause(ctx.draft, v, &attributions));
            self.leave_service_verdicts(ctx, &mut verdicts);
        }
        let mut unsure = self.leave_endorsements(ctx, &mut verdicts);
        unsure.extend(
            self.shared_outrages
                .find_all(ctx.draft)
                .iter()
                .filter(|m| !self.supposed(ctx, **m))
                .map(|m| m.span),
        );
        verdicts.sort_unstable();
        verdicts.dedup_by(|a, b| b.overlaps(*a));
        let mut feelings = Vec::new();
        let found_feelings = self.feelings.find_all(ctx.draft);
        let (grievances, grants, outrages) = match found_feelings.is_empty() {
            true => (Vec::new(), Vec::new(), Vec::new()),
            false => (
                self.grievances.find_all(ctx.draft),
                self.feeling_grants.find_all(ctx.draft),
                self.outrages.find_all(ctx.draft),
            ),
        };
        for feeling in found_feelings {
            let mut span = feeling.span;
            for verdict in &verdicts {
                if verdict.overlaps(feeling.span) {
                    span = span.union(*verdict);
                }
            }
            let granted = grants.iter().any(|g| g.span.overlaps(feeling.span));
            let sided = match granted && span == feeling.span {
                true => self.names_grievance(ctx, feeling.span, &outrages),
                false => self.names_grievance(ctx, feeling.span, &grievances),
            };
            feelings.push((span, sided));
        }
        let mut phrases = Vec::new();
        for verdict in verdicts {
            if !feelings.iter().any(|(f, _)| f.overlaps(verdict)) {
                phrases.push(verdict);
            }
        }
        let verdict_count = phrases.len();
        phrases.extend(feelings.iter().filter(|(_, grievance)| *grievance).map(|(f, _)| *f));
        phrases.extend(unsure);
        let mut merged = Vec::new();
        for (span, held) in merge_by_sentence(ctx.draft, &phrases) {
            merged.push((span, held.iter().any(|&at| at < verdict_count)));
        }
        merged
    }
}

impl Rule for TakesSides {
    fn id(&self) -> &str {
        "takes-sides"
    }

    fn guideline(&self) -> &str {
        "Does your response add to the current conversation? Be wary of appearing to take sides in a discussion."
    }

    fn why(&self) -> &str {
        "The provider and the author are still in conversation. A verdict from a third party can \
         inflame it or pre-judge what the provider finds; acknowledging feelings helps without taking sides."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.takes_sides
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let mut found = Vec::new();
        for (span, verdict) in self.merged(ctx) {
            if verdict {
                found.push(rule_finding(
                    self,
                    Some(span),
                    "This may read as taking sides. Acknowledge how the author feels without a \
                     verdict, e.g. \u{201c}I\u{2019}m sorry to hear how difficult this was.\u{201d}"
                        .to_string(),
                ));
                continue;
            }
            let mut f = rule_finding(
                self,
                Some(span),
                "Telling the author they are right to feel this way can read as agreeing with \
                 their account. Acknowledge the feeling itself, e.g. \u{201c}I can understand \
                 why you are upset.\u{201d}"
                    .to_string(),
            );
            f.severity = Severity::Hint;
            found.push(f);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{
        assert_configurable, assert_fires, assert_silent, findings, findings_with, flagged, story,
    };
    use crate::{Config, Severity};

    const ID: &str = "takes-sides";

    #[test]
    fn agreement_blame_and_siding_in_everyday_idiom() {
        for draft in [
            "Couldn't agree with you more, nobody should be left alone like that.",
            "You've put your finger on it exactly.",
            "Seán, you've called it exactly right.",
            "If it was my mum I'd want heads to roll.",
            "Management should be held accountable.",
            "I'm sure the ward did their level best for your dad.",
            "The practice manager's reply is fair.",
            "The board's handling has been nothing short of shameful.",
            "The way they spoke to you was bang out of order.",
            "Staff were run off their feet, so I'd give them the benefit of the doubt.",
            "Jenny, 100% with you on this one.",
            "The hospital acted quite properly in sending routine letters.",
            "Honestly the nursing home is doing its best.",
            "What a disgrace three years is.",
            "You're only telling it like it is.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "I'm so sorry. Nobody should have to carry that.");
        assert_silent(ID, "You did well to get through that first weekend.");
        assert_silent(ID, "We'll do our level best to help.");
        assert_silent(ID, "Our role is to see that services are held to account.");
    }

    #[test]
    fn a_deed_set_against_another_party_a_lone_verdict_or_a_standard_missed_takes_sides() {
        for draft in [
            "You did nothing wrong, the doctors didn't listen.",
            "Jo, you did everything right and they let you down.",
            "Shameful. I'm so sorry, Jo.",
            "What happened to your nan was neglect.",
            "Sadly her care fell well below the standard.",
            "Agree 100%, Jo.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "You did everything right, and I'm sorry it didn't help.");
        assert_silent(ID, "You should never be asked to let your son translate.");
        assert_silent(ID, "That sounds shameful to have to ask for.");
    }

    #[test]
    fn verdicts_on_an_act_or_a_wait() {
        for draft in [
            "Sending him home at 3am without a check is a joke.",
            "Dear Sue, making an old man sit in a corridor all night is cruel.",
            "Two nights on a trolley for a woman of 79 was simply appalling.",
            "Being fobbed off to 111 when you just want a GP isn't on.",
            "Nine hours in a corridor? That's not on at all.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "Sitting in A&E for hours is awful for anyone.");
        assert_silent(ID, "The ward is a shambles, from what you say.");
        assert_silent(ID, "It isn't on our list, but Age UK can help.");
    }

    #[test]
    fn agreement_that_ends_its_clause_and_verdicts_on_how_the_author_was_treated() {
        for draft in [
            "I hear you, and you're right, nobody should be treated like that.",
            "That's not OK.",
            "The pharmacy should have had them ready - you were fobbed off there.",
            "The Western Trust has treated your aunt shamefully.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "You are right at the centre of this, and we want to help.");
        assert_silent(ID, "If you feel you were let down, PALS can help.");
        assert_silent(ID, "It's not OK to be rude to staff, but you weren't.");
    }

    #[test]
    fn silent_when_the_verdict_is_the_authors_view_or_a_question() {
        assert_silent(
            ID,
            "If you feel the wait was unacceptable, PALS can look into it.",
        );
        assert_silent(ID, "We will ask whether leaving him there was appropriate.");
        assert_fires(ID, "You feel let down, and the wait was unacceptable.");
    }

    #[test]
    fn endorsing_a_complaint_but_not_praising_what_the_author_did() {
        assert_fires(ID, "You were right to complain, and quite right to push for a scan.");
        assert_silent(ID, "You're right to think of 111 for nights like that.");
        assert_silent(ID, "You have the right to complain to the Ombudsman.");
    }

    #[test]
    fn fires_on_rules_md_examples() {
        for draft in [
            "You are absolutely right.",
            "The staff were clearly in the wrong.",
            "That is disgraceful.",
            "They should be ashamed.",
            "I completely agree with you that the ward failed.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn fires_on_other_ways_of_calling_it_disgraceful() {
        for draft in [
            "This is disgraceful.",
            "It is disgraceful that you were left alone.",
            "The way you were treated was utterly disgraceful.",
            "It’s a disgrace.",
            "This is a disgrace.",
            "That’s appalling.",
        ] {
            assert_eq!(
                findings(ID, draft)[0].severity,
                Severity::Warning,
                "{draft}"
            );
        }
        assert_silent(ID, "It is not disgraceful to ask for help.");
        for draft in [
            "Frankly, it was inexcusable.",
            "The wait you had is simply not acceptable.",
            "You are spot on, and they should hang their heads.",
            "It beggars belief that nobody called you.",
            "I’m with you all the way on this.",
            "The practice handled this correctly.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "That sounds appalling, and I’m sorry.");
    }

    #[test]
    fn a_stand_with_the_author_belief_in_their_account_and_shared_outrage() {
        for draft in [
            "For what it's worth, we're squarely on your side in this.",
            "I am completely in your corner.",
            "I believe every word of what you wrote.",
            "Trust your instincts and don't let anybody tell you different.",
            "Its an absolute farce.",
        ] {
            assert_eq!(findings(ID, draft)[0].severity, Severity::Warning, "{draft}");
        }
        let shared = findings(ID, "Honestly, I'd have been livid too.");
        assert_eq!(shared[0].severity, Severity::Hint);
        assert_silent(ID, "If you'd like someone on your side at the meeting, an advocate can come.");
        assert_silent(ID, "It's good that your GP is in your corner.");
        assert_silent(ID, "I believe you can ask for a copy of the notes.");
        assert_silent(ID, "I'd be livid if that happened to my gran.");
    }

    #[test]
    fn a_plain_youre_right_confirms_the_fact_set_after_it_and_an_emphatic_one_sides() {
        assert_silent(ID, "Yes, you're right: the clinic moved to the new building in May.");
        assert_silent(ID, "You're right, the grant is only paid once a year to each household.");
        for draft in [
            "You're right, the ward should never have sent him home.",
            "You're totally right, they sent him home far too early.",
            "You're right, Sam.",
        ] {
            assert_eq!(findings(ID, draft)[0].severity, Severity::Warning, "{draft}");
        }
    }

    #[test]
    fn agreement_and_siding_in_idiom() {
        for draft in [
            "You are completely in the right here.",
            "That’s simply not good enough.",
            "The GP was right to refer you on; that’s the correct process.",
            "I’m right behind you on this.",
            "The home owes you a proper explanation.",
        ] {
            assert_eq!(findings(ID, draft)[0].severity, Severity::Warning, "{draft}");
        }
        assert_silent(ID, "Nobody at the practice has called you yet.");
    }

    #[test]
    fn silent_on_empathy_without_a_verdict() {
        assert_silent(ID, "I'm sorry to hear how difficult this was.");
        assert_silent(ID, "That sounds really distressing.");
        assert_silent(ID, "That sounds shocking, and I’m sorry.");
        assert_silent(
            ID,
            "You are right at the centre of this, and we want to help.",
        );
    }

    #[test]
    fn right_to_feel_a_grievance_is_a_hint_and_right_to_feel_worried_is_silent() {
        let draft = "You are absolutely right to be angry.";
        let found = findings(ID, draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Hint);
        assert_eq!(
            found[0].span.unwrap().text(draft),
            "You are absolutely right to be angry"
        );
        assert!(found[0].message.contains("I can understand why"));
        for draft in [
            "You’ve every right to be furious.",
            "You’re entitled to be livid about that.",
            "You are absolutely right to be upset.",
            "You are right to be cross.",
        ] {
            assert_eq!(findings(ID, draft)[0].severity, Severity::Hint, "{draft}");
        }
        assert_silent(ID, "You’ve every right to feel upset after that.");
        assert_silent(ID, "Ye've every right to feel fed up.");
        assert_silent(ID, "You have every right to feel let down, and we can help.");
        assert_silent(ID, "You're right to be worried about him.");
        assert_silent(ID, "You're entitled to feel as shaken as you do.");
        assert_silent(ID, "You have the right to complain to the Ombudsman.");
    }

    #[test]
    fn right_about_a_fact_a_plan_an_own_action_or_advice_is_silent_and_about_a_verdict_warns() {
        for draft in [
            "You're right that the grant is means-tested.",
            "You're spot on to want other parents to know about the group.",
            "You absolutely did the right thing to come in.",
            "Your advice about asking early for a palliative referral is spot on.",
        ] {
            assert_silent(ID, draft);
        }
        for draft in [
            "You're right that it wasn't good enough.",
            "You were entirely right to raise it.",
        ] {
            assert_eq!(findings(ID, draft)[0].severity, Severity::Warning, "{draft}");
        }
        let found = findings(ID, "You're spot on to want answers.");
        assert_eq!(found[0].severity, Severity::Hint);
    }

    #[test]
    fn how_a_named_service_did_its_job_is_left_to_criticises_others() {
        for draft in [
            "The hospital has let your dad down badly.",
            "Eastbrook's receptionist was wrong.",
            "Six hours is simply not good enough from Eastbrook Hospital.",
            "You were badly let down that night.",
        ] {
            assert_silent(ID, draft);
        }
        for draft in [
            "That was wrong, and you deserve an apology.",
            "The council have got this wrong.",
            "Eastbrook Hospital should be ashamed.",
            "Six hours is simply not good enough.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn vouching_needs_a_service_as_its_object() {
        assert_fires(ID, "I've always found the staff there first class.");
        assert_fires(ID, "Personally I've always found them lovely.");
        assert_silent(ID, "I've always found it really good to write things down.");
        assert_silent(ID, "I've always found our carers' group a great help.");
        assert_silent(ID, "I've always found talking to others very good.");
    }

    #[test]
    fn empathy_in_stock_phrases_takes_no_side() {
        assert_silent(ID, "We're sorry things didn't go as well as they should have.");
        assert_silent(ID, "Your family deserve better than two days' notice.");
        assert_silent(ID, "You're trying to be fair to the staff and to your dad.");
        assert_fires(ID, "To be fair to the staff, they were very busy.");
    }

    #[test]
    fn a_duty_or_a_deed_said_of_the_author_reassures() {
        assert_silent(ID, "You should never be afraid that raising a concern will affect care.");
        assert_silent(ID, "Seven hours with a frightened child - you did everything right.");
        assert_silent(ID, "You did the right thing going to A&E.");
        assert_fires(ID, "Someone your age should never be left like that.");
        assert_fires(ID, "The nurse did the right thing sending you home.");
    }

    #[test]
    fn wrongs_done_to_the_author_and_siding_with_the_provider_in_other_words() {
        for draft in [
            "Reckon you've been dudded here.",
            "You were badly fobbed off.",
            "The booking office were quite right not to discuss it over the phone.",
            "The trust has got nothing to apologise for here.",
            "The trust handled it about as well as it could.",
            "Honestly that nurse was bang out of line.",
            "The council have got this wrong.",
            "The partners have handled it dreadfully.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "If you were fobbed off, PALS can help.");
        assert_silent(ID, "You were not let down by the ward; the rota was.");
    }

    #[test]
    fn vouching_for_the_provider_from_the_responders_own_experience() {
        for draft in [
            "Personally I've always found the Millbrook receptionists lovely, so this surprises me.",
            "My mother was there two years and I couldn't fault them.",
            "Rosewood has a cracking reputation, so I'm sure it's just a blip.",
            "I'd say it's a one-off.",
            "I'm sure the visiting rules are there for a good reason.",
            "The granddaughter is absolutely right that this isn't good enough.",
            "I don't think the staff could have done much more.",
            "The trust should be mortified.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "Missing three visits in a month is not a blip.");
        assert_silent(ID, "I've always found it helps to keep a diary of the calls.");
    }

    #[test]
    fn reported_accounts_standing_views_and_conditions_are_no_verdict() {
        for draft in [
            "You describe the carers as lovely girls who are rushed off their feet.",
            "Our view is that medicines should never be switched without a conversation.",
            "Just reply here if that's not OK.",
            "You're not wrong to want every good day you can get with your mam.",
        ] {
            assert_silent(ID, draft);
        }
        assert_fires(ID, "Frankly, that's not OK.");
    }

    #[test]
    fn one_finding_per_sentence_at_the_stronger_severity() {
        assert_eq!(
            flagged(
                ID,
                "Dear Sam, you’re absolutely right and they should be thoroughly ashamed."
            ),
            ["you’re absolutely right and they should be thoroughly ashamed"]
        );
        let draft = "You are right to be angry, and it is disgraceful. I completely agree.";
        let found = findings(ID, draft);
        let severities: Vec<_> = found.iter().map(|f| f.severity).collect();
        assert_eq!(severities, [Severity::Warning, Severity::Warning]);
        assert_eq!(
            found[0].span.unwrap().text(draft),
            "right to be angry, and it is disgraceful"
        );
    }

    #[test]
    fn phrase_lists_are_config_data() {
        let config = Config::from_json(
            r#"{"rules": {"takes-sides": {"phrases": ["hear hear"], "verdict_words": [], "wrongs": [], "feeling_phrases": ["right to grumble"], "grievances": ["grumble"]}}}"#,
        )
        .unwrap();
        assert_eq!(findings_with(ID, "Hear, hear!", &story(), &config).len(), 1);
        assert!(findings_with(ID, "That is disgraceful.", &story(), &config).is_empty());
        let found = findings_with(ID, "You are right to grumble.", &story(), &config);
        assert_eq!(found[0].severity, Severity::Hint);
    }

    #[test]
    fn can_be_turned_off_or_softened() {
        assert_configurable(ID, "That is disgraceful.");
    }
}
