/** Where a passage stands in its story: its date, who speaks in it, which outlet it credits. */
import type { Entity, Story } from './story.js';

export interface PassageContext {
  paragraph: number;
  date?: string;
  speaker?: string;
  source?: string;
}

export function entityById(story: Story, id: string | undefined): Entity | undefined {
  return id === undefined ? undefined : story.entities.find((e) => e.id === id);
}

export function passageContext(story: Story, passageId: number): PassageContext {
  const passage = story.passages[passageId];
  if (!passage) throw new RangeError(`story ${story.id} has no passage ${passageId}`);
  // The date the passage's own report carries: not one from a relative clause or an aside; of
  // several, the one the sentence gives first ("approved on Wednesday … since it took office in 2024").
  const event = story.events
    .filter((e) => e.passage === passageId && !e.aside)
    .sort((a, b) => passage.text.indexOf(a.phrase) - passage.text.indexOf(b.phrase))[0];
  const quote = story.quotes.find((q) => q.passage === passageId && q.speaker !== undefined);
  const source =
    story.sources.find((s) => s.id === quote?.source) ?? story.sources.find((s) => s.passages.includes(passageId));
  return {
    paragraph: passage.paragraph,
    date: event?.date,
    speaker: entityById(story, quote?.speaker)?.name,
    source: source?.name,
  };
}
