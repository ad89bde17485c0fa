// Writes the two story pages too long to write by hand, and their expected.json entries:
//   uk-many-replies.html   — 200 responses (provider, third sector, author updates)
//   uk-hostile-markup.html — markup-looking text (<script>, </textarea>, {{…}}) in the title,
//                            a 30,000+ character story and the responses
// Deterministic: run `node tests/pages/make-large-pages.mjs` after changing it and commit the output.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localFields } from '../harness/time-zone.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const CAPTURED_AT = '2026-11-23T12:00:00Z';
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad2 = (n) => String(n).padStart(2, '0');
// "Submitted on dd/mm/yyyy at HH:MM" in UK local time.
const submittedLine = (iso) => {
  const f = localFields(Date.parse(iso), 'Europe/London');
  return `Submitted on ${pad2(f.day)}/${pad2(f.month)}/${f.year} at ${pad2(f.hour)}:${pad2(f.minute)}`;
};
const paragraphs = (text) => text.split('\n\n').map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n          ');

function page({ id, title, posted, postedTitle, age, author, role, services, body, responses, replyBox }) {
  const responseHtml = responses.map((r, i) => (r.kind === 'author_update'
    ? `      <article class="response response--author" data-response-id="${id + i + 1}">
        <h3 class="response__heading">Update posted by <a href="/opinions?author=${author}">${author}</a></h3>
        <p class="response__dates"><span class="response__submitted">${submittedLine(r.posted)}</span></p>
        <div class="response__body">
          ${paragraphs(r.text)}
        </div>
      </article>`
    : `      <article class="response response--staff" data-response-id="${id + i + 1}">
        <h3 class="response__heading">Response from ${escapeHtml(`${r.responder}, ${r.role}, ${r.organisation}`)}</h3>
        <div class="response__who"><div class="response__name">${escapeHtml(r.responder)}</div><div class="response__job">${escapeHtml(r.role)},</div><div class="response__org">${escapeHtml(r.organisation)}</div></div>
        <p class="response__dates"><span class="response__submitted">${submittedLine(r.posted)}</span></p>
        <div class="response__body">
          ${paragraphs(r.text)}
        </div>
      </article>`)).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} | Care Opinion</title>
  <link rel="canonical" href="https://www.careopinion.org.uk/${id}">
  <style>
    body { margin: 0; font: 16px/1.6 Arial, sans-serif; color: #1d1d1b; }
    main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
    .response { border: 1px solid #ddd; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
    .response__heading { font-size: 1rem; margin: 0; }
    #response-text { width: 100%; min-height: 12rem; font: inherit; padding: .75rem; box-sizing: border-box; }
    .fr-box { border: 2px solid #1d1d1b; } .fr-wrapper { position: relative; }
    .fr-element { min-height: 12rem; padding: .75rem 1rem; outline: none; } .fr-element p { margin: 0 0 .75rem; }
  </style>
</head>
<body class="site-uk page-opinion">
  <main>
    <article class="story" data-story-id="${id}">
      <h1 class="story__title">&quot;${escapeHtml(title)}&quot;</h1>
      <div class="story__about">About:
        <ul class="story__services">
          ${services.map((s) => `<li class="story__service">${escapeHtml(s)}</li>`).join('\n          ')}
        </ul>
      </div>
      <p class="story__byline">Posted by <a class="story__author" href="/opinions?author=${author}">${author}</a> <span class="story__role">(as ${role === 'patient' ? 'the' : 'a'} ${role}),</span> <time class="story__date" datetime="${posted}" title="${postedTitle}">${age}</time></p>
      <div class="story__text">
          ${paragraphs(body)}
      </div>
    </article>
    <section class="responses">
      <h2>Responses</h2>
${responseHtml}
    </section>
    <section class="respond">
      <h2>Respond to this story</h2>
      <form id="respond-form" method="post" action="/${id}/respond">
        <label id="Response_Body-label" for="response-text">Your response</label>
${replyBox}
        <button type="submit">Submit response</button>
      </form>
    </section>
  </main>
</body>
</html>
`;
}

function manyReplies() {
  const id = 1380000;
  const posted = '2024-12-19T09:41:17Z';
  const voices = [
    { responder: 'Hannah Osei', role: 'Ward Manager, Beech Ward', organisation: 'Riverside Community NHS Trust', kind: 'provider' },
    { responder: 'Paul Drummond', role: 'Patient Experience Lead', organisation: 'Riverside Community NHS Trust', kind: 'provider' },
    { responder: 'Lucy Tran', role: 'Engagement Officer', organisation: 'Healthwatch Riverside', kind: 'third_sector' },
    { responder: 'birchwood_daughter', role: null, organisation: null, kind: 'author_update' },
  ];
  const responses = Array.from({ length: 200 }, (_, i) => {
    const voice = voices[i % voices.length];
    const at = new Date(Date.parse(posted) + (i + 1) * 2 * 86_400_000 + (i % 9) * 3_600_000);
    at.setUTCSeconds(0);
    const text = voice.kind === 'author_update'
      ? `Update ${i + 1}: thank you all. Visiting is still going well and Mum asked me to say hello to the night staff.`
      : `Dear birchwood_daughter,\n\nThis is reply ${i + 1} on this story. Thank you for keeping us up to date about your mum’s time on Beech Ward.\n\nWith best wishes,\n${voice.responder}`;
    return { ...voice, posted: at.toISOString().replace('.000Z', 'Z'), text };
  });
  const story = {
    url: `https://www.careopinion.org.uk/${id}`,
    title: 'A long conversation about Mum’s stay on Beech Ward',
    body: 'Mum has been on Beech Ward for a long time now and I wanted to keep everyone updated as things changed.\n\nThe staff have been patient with all our questions, and they have always made time to answer them.',
    author: 'birchwood_daughter', author_role: 'relative', posted,
    services: ['Riverside Community Hospital / Beech Ward'],
    responses: responses.map(({ responder, role, organisation, posted: at, kind, text }) => ({ responder, role, organisation, posted: at, kind, text })),
  };
  const html = page({
    id, ...story, role: 'relative', postedTitle: 'Thursday 19 December 2024 at 09:41', age: '23 months ago', responses: story.responses,
    replyBox: `        <div class="fr-box fr-basic"><div class="fr-wrapper" dir="ltr"><div class="fr-element fr-view" dir="ltr" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="Response_Body-label"><p><br></p></div></div></div>
        <textarea id="Response_Body" name="Response.Body" style="display: none;"></textarea>`,
  });
  return { file: 'uk-many-replies.html', html, entry: { ...story, _fixture: {
    layout: 'current-2024', site: 'careopinion.org.uk', captured_at: CAPTURED_AT, timezone: 'Europe/London', story_id: String(id),
    reply_box: { type: 'contenteditable', selector: 'form#respond-form div.fr-box div.fr-wrapper div.fr-element.fr-view[contenteditable="true"]', hidden_source: 'textarea#Response_Body', present_on_load: true, appears_after_ms: 0 },
    notes: 'Own page, generated by make-large-pages.mjs. 200 responses: 100 provider, 50 third sector, 50 author updates; headers without ages. 23 months old, not about a sensitive topic.',
  } } };
}

function hostileMarkup() {
  const id = 1390002;
  const posted = '2026-10-14T13:07:55Z';
  const diary = Array.from({ length: 160 }, (_, i) => `Day ${i + 1}: I opened the form at ${pad2(8 + (i % 10))}:${pad2((i * 7) % 60)} and it showed "</textarea><script>alert(${i})</script>" above the box, then <b>${i % 3 === 0 ? 'nothing' : 'an error'}</b> & a spinner. I copied it here exactly as it appeared: <img src=x onerror=alert(${i})> {{constructor.constructor('alert(${i})')()}}.`);
  const story = {
    url: `https://www.careopinion.org.uk/${id}`,
    title: 'The online form shows </textarea> and <script> tags instead of my words',
    body: [
      'I have been trying to tell the clinic about my appointment for weeks using their online feedback form. Every time I press send, the page shows code like <script>alert(1)</script> and </textarea> instead of what I wrote.',
      'I kept a diary of every attempt, which I have pasted below exactly as it came out. I am not technical, but I think people should be able to give feedback without this happening.',
      ...diary,
      'If anyone from the clinic reads this, I would still like to talk about my appointment <3 — please get in touch.',
    ].join('\n\n'),
    author: 'plain_text_please', author_role: 'patient', posted,
    services: ['Brookfield Eye Clinic'],
    responses: [
      { responder: 'Omar Siddiqui', role: 'Digital Services Manager', organisation: 'Brookfield Eye Clinic', posted: '2026-10-16T10:30:00Z', kind: 'provider',
        text: 'Dear plain_text_please,\n\nThank you for your patience, and I am sorry. The form was escaping characters such as < and > twice, so text like <b>this</b> or </textarea> appeared instead of your words. It is fixed now.\n\nOmar' },
      { responder: 'plain_text_please', role: null, organisation: null, posted: '2026-10-18T19:45:00Z', kind: 'author_update',
        text: 'Thanks Omar, it works now. One last test: "]]></textarea><!-- {{7*7}} ${7*7} -->' },
    ],
  };
  const html = page({
    id, ...story, role: 'patient', postedTitle: 'Wednesday 14 October 2026 at 14:07', age: '1 month ago', responses: story.responses,
    replyBox: '        <textarea id="response-text" name="ResponseText" rows="10"></textarea>',
  });
  return { file: 'uk-hostile-markup.html', html, entry: { ...story, _fixture: {
    layout: 'current-2024', site: 'careopinion.org.uk', captured_at: CAPTURED_AT, timezone: 'Europe/London', story_id: String(id),
    reply_box: { type: 'textarea', selector: 'form#respond-form textarea#response-text', hidden_source: null, present_on_load: true, appears_after_ms: 0 },
    notes: 'Own page, generated by make-large-pages.mjs. Markup-looking text (escaped in the HTML) everywhere the reader looks: it must come out as text and never run. The story is over 30,000 characters.',
  } } };
}

const expectedFile = here('./expected.json');
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
for (const { file, html, entry } of [manyReplies(), hostileMarkup()]) {
  writeFileSync(here(`./${file}`), html);
  expected[file] = entry;
}
writeFileSync(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
