/** The story model: everything storybot knows about one article, derived from its text. */

/** A date as precise as the article makes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;

/** What story.json may add; every field is optional. */
export interface StoryMeta {
  /** An editor's title; without it the title is derived from the text. */
  title?: string;
  /** Publication date; bare weekdays resolve to the latest such day on or before it, unless their clause looks ahead. */
  published?: IsoDate;
  /** True when `published` was inferred rather than printed with the article. */
  publishedInferred?: boolean;
  /** The outlet that published the article, when known. */
  outlet?: string;
  author?: string;
  url?: string;
  /** Extra names for people and bodies: canonical name → other names. */
  aliases?: Record<string, string[]>;
}

export interface Paragraph {
  /** 1-based, counting story paragraphs only (page furniture is not numbered). */
  number: number;
  start: number;
  end: number;
  text: string;
  /** Ids of the passages in this paragraph, in order. */
  passages: number[];
}

/**
 * A sentence of the article (a quotation that spans sentences stays in one passage); a run-on longer
 * than MAX_PASSAGE characters (passages.ts) is cut at words into several.
 */
export interface Passage {
  /** 0-based index in `Story.passages`. */
  id: number;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based passage number within the paragraph (its sentence's, unless a run-on was cut). */
  sentence: number;
  /** Character offsets into article.txt: `text === article.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

/** A dated event: a date phrase in a passage, resolved. */
export interface StoryEvent {
  date: IsoDate;
  /** The words that gave the date, as written ("on Friday", "August 15"). */
  phrase: string;
  passage: number;
  /**
   * True when the date stands outside what its sentence reports (a relative clause, an aside, a
   * concessive opening): the passage's own date is another one, or none.
   */
  aside?: boolean;
}

/** Words inside quotation marks, attributed to whoever the article gives them to. */
export interface Quote {
  /**
   * Exact words between the marks, whole even when they span sentences. The mark that ends the
   * quotation's last sentence is left out when it is a comma or a full stop (“…,” she said and “….”
   * end the same way); a question or exclamation mark stays.
   */
  text: string;
  start: number;
  end: number;
  /** The passage the quote stands in. */
  passage: number;
  /** Id of the entity that said it, when the article says. */
  speaker?: string;
  /** Id of the source (outlet or platform) it was said to or on, when the article says. */
  source?: string;
}

/** A person, body (government, company, alliance) or place the article names. */
export interface Entity {
  /** Stable id: the longest name, lower-cased and dashed. */
  id: string;
  /** The fullest name the article gives ("Ana Ruiz"). */
  name: string;
  kind: 'person' | 'body' | 'place';
  /** The role the article gives, as written ("Spanish Foreign Minister"). */
  role?: string;
  /** Other names: short forms, titles that stand for them ("the president"), story.json aliases. */
  aliases: string[];
  /** Passages that mention them, by any name. */
  passages: number[];
  /** Passages where "he", "she" or "they" stands for them (resolved in reading order, by gender). */
  pronouns: number[];
}

/** An outlet or platform the article credits. */
export interface Source {
  id: string;
  name: string;
  kind: 'outlet' | 'platform';
  /** Passages where the article credits it: what it reported. */
  passages: number[];
}

export interface Story {
  id: string;
  /** Folder the story was loaded from. */
  dir: string;
  /** article.txt exactly as received. */
  article: string;
  meta: StoryMeta;
  /** meta.title, or one derived from the text. */
  title: string;
  paragraphs: Paragraph[];
  passages: Passage[];
  /** In date order; ties in story order. */
  events: StoryEvent[];
  /** In story order. */
  quotes: Quote[];
  entities: Entity[];
  sources: Source[];
}
