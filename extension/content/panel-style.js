// The panel's style sheet. Every size is relative (em), so the site's text size and the person's
// browser settings reach all of it; colours follow prefers-color-scheme, and forced colours use
// the system palette.

export const PANEL_CSS = `
  :host { all: initial; display: block; margin: 0.75em 0; font-size: inherit;
    --rg-ink: #1d1d1b; --rg-soft-ink: #3d4a48; --rg-accent: #0f5f59; --rg-focus: #0f766e;
    --rg-bg: #f4fbfa; --rg-raised: #fff; --rg-line: #9fd3cd; --rg-rule: #cfe7e4;
    --rg-warning-bg: #fde7c7; --rg-warning-ink: #7a3e00; --rg-hint-bg: #d5efec; --rg-hint-ink: #0f5f59;
    --rg-notice-bg: #fff8ec; --rg-notice-line: #c27c0e; --rg-error: #8a1c1c;
    --rg-apply-bg: #0f766e; --rg-apply-ink: #fff; --rg-current: #fff3c4; }
  @media (prefers-color-scheme: dark) {
    :host { --rg-ink: #e8efee; --rg-soft-ink: #c2d1cf; --rg-accent: #7fd6cc; --rg-focus: #7fd6cc;
      --rg-bg: #14201f; --rg-raised: #1d2b2a; --rg-line: #3f6b66; --rg-rule: #2c4542;
      --rg-warning-bg: #4a2f0a; --rg-warning-ink: #ffd79e; --rg-hint-bg: #173d39; --rg-hint-ink: #a6e6de;
      --rg-notice-bg: #2f2612; --rg-notice-line: #e0a545; --rg-error: #ffb3b3;
      --rg-apply-bg: #7fd6cc; --rg-apply-ink: #0b1716; --rg-current: #3b3413; }
  }
  .rg-panel { font: 0.95em/1.45 system-ui, sans-serif; color: var(--rg-ink); background: var(--rg-bg);
    border: 0.0625em solid var(--rg-line); border-left: 0.25em solid var(--rg-focus); border-radius: 0.4em;
    padding: 0.6em 0.9em; color-scheme: light dark; }
  .rg-header { display: flex; flex-wrap: wrap; gap: 0.25em 0.75em; align-items: baseline; }
  .rg-title { font-weight: 700; color: var(--rg-accent); margin: 0; font-size: 1em; }
  .rg-status, .rg-notice, .rg-turned-off { margin: 0.4em 0 0; }
  .rg-notice, .rg-turned-off { padding: 0.35em 0.6em; background: var(--rg-notice-bg);
    border-left: 0.2em solid var(--rg-notice-line); }
  .rg-turned-off { display: flex; flex-wrap: wrap; gap: 0.3em 0.75em; align-items: baseline; }
  .rg-turned-off:empty { margin: 0; padding: 0; border: 0; }
  :host([data-state="error"]) .rg-status { color: var(--rg-error); }
  .rg-findings { list-style: none; margin: 0.4em 0 0; padding: 0; }
  .rg-finding { display: grid; grid-template-columns: 1fr auto; gap: 0.15em 0.75em;
    margin: 0.4em 0 0; padding: 0.4em 0.3em 0; border-top: 0.0625em solid var(--rg-rule); border-radius: 0.2em; }
  .rg-finding--current { background: var(--rg-current); }
  .rg-line { margin: 0; }
  .rg-severity { font-size: 0.75em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em;
    padding: 0 0.3em; border-radius: 0.2em; margin-right: 0.4em; vertical-align: 0.1em; }
  .rg-finding--warning .rg-severity { background: var(--rg-warning-bg); color: var(--rg-warning-ink); }
  .rg-finding--hint .rg-severity { background: var(--rg-hint-bg); color: var(--rg-hint-ink); }
  .rg-spots { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.3em 0.6em; margin: 0.15em 0 0;
    padding: 0; list-style: none; }
  .rg-spot { display: inline-flex; flex-wrap: wrap; gap: 0.3em; align-items: baseline; }
  .rg-quote { font: inherit; font-size: 0.9em; color: var(--rg-ink); background: var(--rg-raised);
    border: 0.0625em dashed var(--rg-line); border-radius: 0.25em; padding: 0 0.35em; cursor: pointer; max-width: 100%;
    text-align: start; }
  .rg-why { grid-column: 1 / -1; }
  .rg-why summary { cursor: pointer; color: var(--rg-accent); width: max-content; font-size: 0.9em; }
  .rg-guideline { margin: 0.3em 0; padding-left: 0.6em; border-left: 0.2em solid var(--rg-line); font-style: italic; }
  .rg-reason, .rg-suggestion { margin: 0.3em 0 0; }
  .rg-dismiss { align-self: start; font: inherit; font-size: 0.85em; color: var(--rg-accent); background: var(--rg-raised);
    border: 0.0625em solid var(--rg-line); border-radius: 0.25em; padding: 0.05em 0.45em; cursor: pointer; }
  .rg-apply { font: inherit; font-size: 0.9em; color: var(--rg-apply-ink); background: var(--rg-apply-bg);
    border: 0.0625em solid var(--rg-apply-bg); border-radius: 0.25em; padding: 0.05em 0.5em; cursor: pointer; }
  .rg-turn-off, .rg-undo, .rg-history { font: inherit; background: none; border: 0; padding: 0; cursor: pointer;
    text-decoration: underline; color: var(--rg-accent); }
  .rg-turn-off { display: block; margin: 0.4em 0 0; font-size: 0.85em; }
  .rg-related { grid-column: 1 / -1; margin: 0.1em 0 0; padding-left: 0.6em; border-left: 0.2em solid var(--rg-line);
    font-size: 0.9em; color: var(--rg-soft-ink); }
  .rg-related-similarity { font-weight: 700; color: var(--rg-ink); }
  .rg-related a { color: var(--rg-accent); text-decoration: underline; }
  .rg-hints { margin: 0.5em 0 0; }
  .rg-hints > summary { cursor: pointer; color: var(--rg-accent); width: max-content; }
  .rg-footer { margin: 0.5em 0 0; font-size: 0.85em; text-align: right; }
  :focus-visible { outline: 0.15em solid var(--rg-focus); outline-offset: 0.15em; }
  .rg-finding:focus { outline: none; }
  .rg-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) {
    .rg-panel, .rg-quote, .rg-dismiss, .rg-apply { border-color: CanvasText; }
    .rg-apply { forced-color-adjust: auto; }
    .rg-finding--current { outline: 0.15em solid Highlight; }
    :focus-visible { outline-color: Highlight; }
  }
`;
