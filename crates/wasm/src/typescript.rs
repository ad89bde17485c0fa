//! TypeScript types of the values the API exchanges (INTERFACES.md shapes), for the generated
//! `replyguide_wasm.d.ts`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export type ResponseKind = "provider" | "third_sector" | "author_update" | "unknown";
export interface StoryResponse {
  responder?: string | null; role?: string | null; organisation?: string | null;
  posted?: string | null; kind?: ResponseKind; text?: string;
}
export interface StoryContext {
  url?: string | null; title?: string | null; body: string; author?: string | null;
  author_role?: string | null; posted?: string | null; services?: string[];
  responses?: StoryResponse[];
  /** The page shows responses that could not be read (absent when false). */
  responses_unknown?: boolean;
}
export interface PageReading { story: StoryContext; unknown: string[]; }
export interface RelatedReply { story_url: string | null; posted: string | null; similarity: number; }
export interface ReportedFinding {
  rule: string; severity: "warning" | "hint"; message: string; guideline: string; why: string;
  start: number | null; end: number | null; suggestion: string | null; related?: RelatedReply;
}
export interface Report { findings: ReportedFinding[]; }
export interface RuleInfo { id: string; default_severity: "warning" | "hint"; guideline: string; why: string; }
"#;
