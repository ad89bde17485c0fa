// Drafts with a known verdict (RULES.md), shared by the tests and the sample run.

/** Takes sides: "absolutely right", "should be ashamed". */
export const TAKES_SIDES = 'You are absolutely right, the staff should be ashamed.';

/** TAKES_SIDES after a long sentence, so the flagged words sit on a wrapped line. */
export const TAKES_SIDES_WRAPPED = 'Thank you for sharing your story with us and for describing so clearly what happened on each '
  + `of the days you waited to hear from the team. ${TAKES_SIDES}`;

/** Sympathy only: no link, phone, email, named service or route (offers-guidance). */
export const SYMPATHY_ONLY = 'Dear author, I am so sorry to hear how difficult this has been for you. That sounds really distressing and I hope things get better soon.';

/** A good reply: greeting, organisational voice, a concrete route, what happens with the story. */
export const GOOD_REPLY = 'Dear kestrel_lane, thank you for sharing your story. I am the engagement officer at Healthwatch Marlow Vale. '
  + 'If you would like help to raise the late discharge with the hospital, our advocacy service can help you make a complaint: '
  + 'call 01632 960000 or visit https://www.healthwatch.example/advocacy. I have passed your story to our team so that it can inform our work on hospital discharge.';

/** Rules GOOD_REPLY is written to avoid, on a story that is neither too new nor too old. */
export const GOOD_REPLY_AVOIDS = ['takes-sides', 'offers-guidance', 'organisational-voice', 'personal-address',
  'criticises-others', 'unsubstantiated-concern', 'paste-not-link', 'too-early', 'too-late'];

/** Markup-looking text that must stay text, followed by a side-taking sentence. */
export const MARKUP_LOOKING = `</textarea><script>window.replyguideInjected = 1</script><img src=x onerror="window.replyguideInjected = 2"> ${TAKES_SIDES}`;

/** The realistic flawed reply of the sample run (`make run`). */
export const SAMPLE_DRAFT = 'Personally I think this is disgraceful and you are absolutely right to be angry. '
  + 'The hospital clearly failed the patient, and we have heard many similar stories about this ward. I am so sorry.';
