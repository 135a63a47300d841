import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { articlesA } from './articles-a.js';
import { articlesB } from './articles-b.js';
import { slugify } from '../vi/index.js';
import { addArticles, type ArrivingArticle } from '../newsroom/articles.js';

/**
 * A synthetic corpus for benchmarks. Text comes from a first-order Markov chain over syllables,
 * trained sentence by sentence on the hand-written demo articles, so syllable frequencies and
 * collocations ("phát triển kinh tế", "nông thôn mới") are those of real Vietnamese news. (A
 * second-order chain would mostly replay the demo's 21,000 words sentence for sentence.) Two
 * additions make it behave like a large archive rather than 45 articles reshuffled:
 *  - topics: each synthetic article follows one demo paragraph of its section for most of its
 *    transitions, and words found in few demo articles are reached only that way, so topical
 *    words ("thổ cẩm", "bắn nỏ") cluster in about 1% of articles instead of spreading over many;
 *  - a long tail: some proper names are replaced by names made of generated syllables
 *    (Zipf-distributed), so the vocabulary keeps growing with the corpus (Heaps' law) and many
 *    terms are genuinely rare.
 * Sections and publish dates over three years as before. Deterministic for a given seed, so
 * benchmark runs are comparable.
 */

const SECTIONS = [
  { slug: 'thoi-su', name: 'Thời sự', demo: ['thoi-su'] },
  { slug: 'kinh-te', name: 'Kinh tế', demo: ['kinh-te'] },
  { slug: 'xa-hoi', name: 'Xã hội', demo: ['xa-hoi', 'giao-duc', 'suc-khoe'] },
  { slug: 'van-hoa', name: 'Văn hóa', demo: ['van-hoa'] },
  { slug: 'the-thao', name: 'Thể thao', demo: ['the-thao'] },
];

/** Share of transitions taken from the article's topic, when it has any from the current state. */
const TOPIC_WEIGHT = 0.7;
/** Words in fewer demo articles than this are topical (see train). */
const TOPICAL_BELOW = 5;
/** Chance that a proper name is replaced by a generated one. */
const NEW_NAME_RATE = 0.3;
/** Zipf exponent of the generated syllables: a few recur often, most are rare. */
const TAIL_EXPONENT = 1;

// Token ids shared by states and outputs. BOUNDARY is the state before a sentence and the
// output that ends it; AFTER_NAME is the state after a generated name, trained on what follows
// real names.
const BOUNDARY = 0;
const AFTER_NAME = 1;
const COMMA = 2;

/** Small, fast, seedable PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Discrete distributions stored back to back as Walker alias tables: one uniform draw picks an
 * outcome in constant time, which keeps text generation far faster than the inserts.
 */
class AliasTables {
  private readonly start: number[] = [0];
  private readonly prob: number[] = [];
  private readonly value: number[] = [];
  /** The alias's value, saving an indirection per draw. */
  private readonly other: number[] = [];

  /** Adds a distribution over the values of `outcomes` proportional to their weights; returns its table id. */
  add(outcomes: [value: number, weight: number][]): number {
    const n = outcomes.length;
    const total = outcomes.reduce((sum, [, weight]) => sum + weight, 0);
    const values = outcomes.map(([value]) => value);
    const prob = new Array<number>(n).fill(1);
    const other = [...values];
    // Each slot with its share scaled so that 1 fills a slot: under-full slots take the rest from over-full ones.
    const small: { slot: number; value: number; share: number }[] = [];
    const large: typeof small = [];
    outcomes.forEach(([value, weight], slot) => {
      const share = (weight * n) / total;
      (share < 1 ? small : large).push({ slot, value, share });
    });
    while (small.length && large.length) {
      const s = small.pop()!;
      const l = large.pop()!;
      prob[s.slot] = s.share;
      other[s.slot] = l.value;
      l.share -= 1 - s.share;
      (l.share < 1 ? small : large).push(l);
    }
    this.prob.push(...prob);
    this.value.push(...values);
    this.other.push(...other);
    this.start.push(this.value.length);
    return this.start.length - 2;
  }

  /** The outcome of table `table` for a uniform draw `r` in [0, 1). */
  draw(table: number, r: number): number {
    const start = this.start[table];
    const end = this.start[table + 1];
    if (start === undefined || end === undefined) throw new RangeError(`No alias table ${table}`);
    const x = r * (end - start);
    const i = start + (x | 0);
    // start ≤ i < end as 0 ≤ r < 1, and add() fills the three arrays together up to end.
    return x - (x | 0) < this.prob[i]! ? this.value[i]! : this.other[i]!;
  }
}

interface Model {
  tables: AliasTables;
  /** Printed form of each token id: its most frequent casing inside sentences. */
  display: string[];
  /** Whether the printed form is capitalised, i.e. the syllable belongs to a proper name. */
  capitalised: boolean[];
  /** State → table over next tokens in the whole demo paper, leaving out topical words. */
  background: number[];
  /** Synthetic section slug → per lead or paragraph of its demo sections: state → table over next tokens in it, or -1. */
  topics: Map<string, Int32Array[]>;
  /** Generated syllables (capitalised) and the table that draws one. */
  tail: string[];
  tailTable: number;
}

/** Sentences of raw tokens: words and numbers as written, and ',' for any pause inside a sentence. */
function sentences(text: string): string[][] {
  let current: string[] = [];
  const result = [current];
  for (const [token] of text.normalize('NFC').matchAll(/\d+(?:[.,]\d+)*%?|[\p{L}\p{M}]+|[,;:]|[.!?]/gu)) {
    if ('.!?'.includes(token)) {
      if (current.length) result.push((current = []));
    } else if (',;:'.includes(token)) {
      if (current.length && current.at(-1) !== ',') current.push(',');
    } else {
      current.push(token);
    }
  }
  // A pause before the end of a sentence ("gồm:" before a list) is no pause.
  return result.map((s) => (s[s.length - 1] === ',' ? s.slice(0, -1) : s)).filter((s) => s.length);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ONSETS = 'b c ch d đ g gi h kh l m n ng nh p ph qu r s t th tr v x'.split(' ').concat('');
const RHYMES = (
  'a ai ao au ay âu ây e eo ê êu i ia iu o oa oe oi ô ôi ơ ơi u ua uê ui uy ư ưa ưi ưu iêu oai oay uôi ươi ' +
  'am an ang anh ap at ac ach ăm ăn ăng ăp ăt ăc âm ân âng âp ât âc em en eng ep et ec êm ên ênh êp êt êch ' +
  'im in inh ip it ich om on ong op ot oc ôm ôn ông ôp ôt ôc ơm ơn ơp ơt um un ung up ut uc ưng ưt ưc ' +
  'iêm iên iêng iêp iêt iêc uôm uôn uông uôt uôc ươm ươn ương ươp ươt ươc ' +
  'oan oang oanh oat oac oach oăn oăng oăt uân uât uyên uyêt uynh'
).split(' ');
// Level, sắc, huyền, hỏi, ngã, nặng (combining marks, composed with NFC).
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** Puts the tone mark where Vietnamese spelling does (old style, as in "hóa", "thủy"). */
function toned(rhyme: string, mark: string): string {
  const letters = [...rhyme];
  const vowels = letters.flatMap((ch, i) => ('aăâeêioôơuưy'.includes(ch) ? [i] : []));
  const hats = letters.flatMap((ch, i) => ('ăâêôơư'.includes(ch) ? [i] : []));
  const closed = vowels.at(-1) !== rhyme.length - 1;
  const at = hats.at(-1) ?? (closed ? vowels.at(-1) : vowels.length === 3 ? vowels[1] : vowels[0]);
  if (at === undefined) throw new Error(`No vowel in the rhyme "${rhyme}"`);
  return (rhyme.slice(0, at + 1) + mark + rhyme.slice(at + 1)).normalize('NFC');
}

/** Every onset × rhyme × tone that Vietnamese spelling allows, roughly. */
function possibleSyllables(): string[] {
  const result: string[] = [];
  for (const onset of ONSETS) {
    for (const rhyme of RHYMES) {
      if ((onset === 'gi' && rhyme.startsWith('i')) || (onset === 'qu' && /^[uưo]/.test(rhyme))) continue;
      const front = /^[eêi]/.test(rhyme);
      const spelled = front ? (({ c: 'k', g: 'gh', ng: 'ngh' } as Record<string, string>)[onset] ?? onset) : onset;
      const body = onset === '' && rhyme.startsWith('iê') ? `y${rhyme.slice(1)}` : rhyme;
      // Syllables closed by a stop take only the sắc and nặng tones.
      const tones = /(p|t|c|ch)$/.test(body) ? [TONES[1], TONES[5]] : TONES;
      for (const mark of tones) result.push(spelled + toned(body, mark));
    }
  }
  return result;
}

type Counts = Map<number, Map<number, number>>;

function count(counts: Counts, state: number, next: number): void {
  let row = counts.get(state);
  if (!row) counts.set(state, (row = new Map()));
  row.set(next, (row.get(next) ?? 0) + 1);
}

function train(): Model {
  // Leads and paragraphs are the topics; titles, headings, captions and demo sections with no
  // synthetic counterpart only feed the background.
  const blocks = [...articlesA, ...articlesB].flatMap((a, article) => {
    const section = SECTIONS.find((s) => s.demo.includes(a.section.split('/')[0] ?? ''))?.slug;
    const block = (text: string, topic: boolean) => ({ article, section, topic, text: sentences(text) });
    return [
      block(a.title, false),
      block(a.lead, true),
      block(a.image.caption, false),
      ...a.body.map((b) => ('p' in b ? block(b.p, true) : 'quote' in b ? block(b.quote, true) : block('h2' in b ? b.h2 : b.figure.caption, false))),
    ];
  });

  // Casing: a word's most frequent form inside sentences, so "Sơn Lâm" and "Đảng" stay capitalised
  // while sentence-initial "Các" prints as "các". Each lowercase token has an id, in order of first
  // appearance, and counts of its forms.
  const tokens = new Map<string, { id: number; forms: Map<string, number> }>([
    ['', { id: BOUNDARY, forms: new Map() }],
    [' name', { id: AFTER_NAME, forms: new Map() }],
    [',', { id: COMMA, forms: new Map([[',', 1]]) }],
  ]);
  const encoded = blocks.map((b) => ({
    ...b,
    sentences: b.text.map((sentence) =>
      sentence.map((token, i) => {
        const key = token.toLowerCase();
        let entry = tokens.get(key);
        if (!entry) tokens.set(key, (entry = { id: tokens.size, forms: new Map() }));
        if (i > 0) entry.forms.set(token, (entry.forms.get(token) ?? 0) + 1);
        return entry.id;
      }),
    ),
  }));
  const display = [...tokens].map(([key, { forms }]) => {
    let best = key;
    let most = 0;
    for (const [form, n] of forms) if (n > most) [best, most] = [form, n];
    return best;
  });
  const capitalised = display.map((s) => /^\p{Lu}/u.test(s));

  // Words found in few demo articles (a festival, a crop, a person) are topical: the background
  // chain never leads to them, so they appear in articles on their topic instead of leaking into
  // a few percent of all articles.
  const articles = new Map<number, Set<number>>();
  for (const b of encoded) {
    if (!articles.has(b.article)) articles.set(b.article, new Set());
    for (const id of b.sentences.flat()) articles.get(b.article)!.add(id);
  }
  const articlesWith = new Map<number, number>();
  for (const seen of articles.values()) for (const id of seen) articlesWith.set(id, (articlesWith.get(id) ?? 0) + 1);
  const topical = (id: number) => id > COMMA && (articlesWith.get(id) ?? 0) < TOPICAL_BELOW;

  const tables = new AliasTables();
  const table = (row: Map<number, number>) => tables.add([...row]);
  const all: Counts = new Map();
  const common: Counts = new Map();
  const topics = new Map(SECTIONS.map((s) => [s.slug, [] as Int32Array[]]));
  for (const b of encoded) {
    const own: Counts = new Map();
    for (const sentence of b.sentences) {
      let state = BOUNDARY;
      for (const next of [...sentence, BOUNDARY]) {
        // What follows the end of a real name also teaches what follows a generated one.
        const states = capitalised[state] && !capitalised[next] ? [state, AFTER_NAME] : [state];
        for (const s of states) {
          count(own, s, next);
          count(all, s, next);
          if (!topical(next)) count(common, s, next);
        }
        state = next;
      }
    }
    // Sentences start from the background: a paragraph has only a few openings, and repeating
    // them sentence after sentence reads as a machine.
    own.delete(BOUNDARY);
    if (b.topic && b.section) {
      const topic = new Int32Array(tokens.size).fill(-1);
      for (const [s, row] of own) topic[s] = table(row);
      topics.get(b.section)!.push(topic);
    }
  }
  // A state whose every successor is topical keeps all its successors.
  const background = display.map((_, s) => table(common.get(s) ?? all.get(s)!));

  const known = new Set(display.map((s) => s.toLowerCase()));
  const tail = possibleSyllables()
    .filter((s) => !known.has(s))
    .map(capitalise);
  // A fixed shuffle, independent of the corpus seed, so every corpus shares the same rare names.
  const shuffle = random(0x5eed);
  for (let i = tail.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    // 0 ≤ j ≤ i < tail.length
    [tail[i], tail[j]] = [tail[j]!, tail[i]!];
  }
  const tailTable = tables.add(tail.map((_, i) => [i, 1 / (i + 1) ** TAIL_EXPONENT]));
  return { tables, display, capitalised, background, topics, tail, tailTable };
}

let trained: Model | undefined;

export interface SyntheticArticle {
  title: string;
  lead: string;
  paragraphs: string[];
}

/** Writes synthetic articles, one after another, from a seed. */
export class SyntheticWriter {
  private readonly model = (trained ??= train());
  private readonly next: () => number;

  constructor(seed = 1) {
    this.next = random(seed);
  }

  /** An article on the topic of one of `section`'s demo paragraphs. */
  article(section: string): SyntheticArticle {
    const topics = this.model.topics.get(section);
    if (!topics) throw new Error(`No synthetic section "${section}"`);
    const topic = topics[this.int(topics.length)];
    if (!topic) throw new Error(`No demo paragraphs for the synthetic section "${section}"`);
    const clause = (min: number, max: number, stopAtComma: number): string => {
      for (;;) {
        const s = this.clause(topic, min, max, stopAtComma);
        if (s !== null) return s;
      }
    };
    // Long sentences end at a comma rather than run on: cheaper than drawing them again.
    const sentence = () => `${clause(6, 80, 40)}.`;
    const title = clause(8, 16, 8);
    const lead = `${sentence()} ${sentence()}`;
    const paragraphs = Array.from({ length: 3 + this.int(5) }, () => Array.from({ length: 2 + this.int(3) }, sentence).join(' '));
    return { title, lead, paragraphs };
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  /**
   * A sentence without its final period: min..max syllables, ending where the chain ends it or at
   * a comma once it has `stopAtComma` syllables; null when that falls outside min..max (the
   * caller draws again).
   */
  private clause(topic: Int32Array, min: number, max: number, stopAtComma: number): string | null {
    const { tables, display, capitalised, background } = this.model;
    let state = BOUNDARY;
    let text = '';
    let syllables = 0;
    for (;;) {
      // One draw picks both the table and the outcome: below TOPIC_WEIGHT it is uniform again
      // once divided by TOPIC_WEIGHT, above it once shifted and scaled.
      const own = topic[state];
      let r = this.next();
      let table = background[state];
      if (own === undefined || table === undefined) throw new RangeError(`No token ${state} in the model`);
      if (own >= 0) {
        if (r < TOPIC_WEIGHT) {
          table = own;
          r /= TOPIC_WEIGHT;
        } else {
          r = (r - TOPIC_WEIGHT) / (1 - TOPIC_WEIGHT);
        }
      }
      const token = tables.draw(table, r);
      if (token === BOUNDARY || (token === COMMA && syllables >= stopAtComma)) {
        return syllables < min ? null : text;
      }
      if (token === COMMA) {
        text += ',';
        state = token;
      } else if (capitalised[token] && !capitalised[state] && this.next() < NEW_NAME_RATE) {
        text += `${syllables ? ' ' : ''}${this.tailSyllable()} ${this.tailSyllable()}`;
        syllables += 2;
        state = AFTER_NAME;
      } else {
        const word = display[token];
        if (word === undefined) throw new RangeError(`No token ${token} in the model`);
        text += syllables ? ` ${word}` : capitalise(word);
        syllables++;
        state = token;
      }
      if (syllables > max) return null;
    }
  }

  private tailSyllable(): string {
    const syllable = this.model.tail[this.model.tables.draw(this.model.tailTable, this.next())];
    if (syllable === undefined) throw new RangeError('The tail table draws outside the tail');
    return syllable;
  }
}

export interface GenerateOptions {
  articles: number;
  seed?: number;
  now?: Date;
  /** False leaves the search index alone (benchmarks then time `rebuild` on its own). */
  index?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 500;
const THREE_YEARS_MS = 3 * 365 * 24 * 60 * 60 * 1000;

/** Adds `articles` published articles through the newsroom (indexed as they go, unless told not to), a batch per transaction. */
export async function generateCorpus(db: Kysely<Database>, options: GenerateOptions): Promise<number> {
  const writer = new SyntheticWriter(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const sections: { slug: string; id: number }[] = [];
  for (const [position, s] of SECTIONS.entries()) {
    await db
      .insertInto('sections')
      .values({ parent_id: null, slug: s.slug, path: s.slug, name: s.name, description: '', position, in_menu: 1, created_at: new Date(now).toISOString() })
      .onConflict((oc) => oc.column('path').doNothing())
      .execute();
    sections.push({ slug: s.slug, id: (await db.selectFrom('sections').select('id').where('path', '=', s.slug).executeTakeFirstOrThrow()).id });
  }
  // A run tag keeps slugs unique across repeated runs: the slug check finds each free at once.
  const run = now.toString(36);
  for (let start = 0; start < options.articles; start += BATCH) {
    const batch: ArrivingArticle[] = [];
    for (let n = start; n < Math.min(start + BATCH, options.articles); n++) {
      const section = sections[n % sections.length];
      if (!section) throw new Error('No synthetic sections');
      const { title, lead, paragraphs } = writer.article(section.slug);
      batch.push({
        title,
        slug: `${slugify(title).slice(0, 80)}-${run}-${n}`,
        lead,
        bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
        sectionId: section.id,
        status: 'published',
        publishedAt: new Date(now - writer.int(THREE_YEARS_MS)).toISOString(),
        byline: 'Phóng viên',
        authorId: null,
      });
    }
    await addArticles(db, batch, { source: 'Kho bài tổng hợp', now: new Date(now), index: options.index });
    options.onProgress?.(start + batch.length, options.articles);
  }
  return options.articles;
}
