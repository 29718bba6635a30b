/**
 * The platform-neutral answer every command returns. The ways in (Discord, HTTP, terminal, JSON)
 * render it; none of them adds words that claim to come from the article.
 */

/** A suggestion for an option while the user types (Discord autocomplete, console completion). */
export interface Choice {
  name: string;
  value: string;
}

/** Where a quoted text stands in its story. */
export interface Place {
  story: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** The passage id within the story. */
  passage: number;
  /** The date the passage reports, when it has one. */
  date?: string;
  /** Who said it, when it is a quotation or a passage carrying one. */
  speaker?: string;
  /** The outlet or platform the article credits for it. */
  source?: string;
}

/** Words from the article, verbatim, and where they stand. */
export interface ReplyItem {
  /** Verbatim text from article.txt. */
  text: string;
  /** A short label of storybot's own: a date for the timeline, a speaker for a quote. */
  heading?: string;
  place: Place;
  score?: number;
  /** The words stood inside quotation marks in the article; renderers put the marks back. */
  quotation?: boolean;
  /** Where the answer stands in `text` (character offsets): renderers mark it, the words stay as they are. */
  mark?: { start: number; end: number };
}

/** The words of the article that answer the question, shown first. */
export interface ReplyAnswer {
  /** Verbatim from article.txt, a part of the first item's text. */
  text: string;
  /** storybot's own reading beside it, never part of the quotation ("10 September 2025"). */
  reading?: string;
}

/** A corrected request storybot offers to run. */
export interface Suggestion {
  label: string;
  command: string;
  options: Record<string, string>;
}

export interface Reply {
  /** The command that produced it (for paging and rendering choices). */
  command: string;
  title: string;
  /** The answer itself, when the question asks for something specific and the story gives it. */
  answer?: ReplyAnswer;
  /** One sentence in storybot's own words, e.g. that the story does not say. */
  lead?: string;
  /** Quoted passages, best or first first. */
  items: ReplyItem[];
  /** storybot's own lines: facts about the story, help text. Never presented as quotes. */
  lines?: string[];
  /** Set when the request could not be answered as asked: one polite line. */
  error?: string;
  /** Requests that may be what was meant ("did you mean"), each with its label: Discord shows them as buttons. */
  suggestions?: Suggestion[];
  /** Machine-readable fields (the `--json` contract of docs/contracts.md). */
  data: Record<string, unknown>;
}
