import { speechDescription } from '../corpus/attribution.ts';
import type { Appearance } from '../corpus/appearances.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import type { CompiledClaim } from '../corpus/schema.ts';
import { translationWords, type TranslationView } from '../corpus/translation.ts';
import { relationWords, type RelationsByClaim } from './export-relations.ts';
import * as words from './export-web-annotation.words.ts';

/** The JSON-LD context of the W3C Web Annotation model; every key below is one of its terms. */
export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

type TextQuoteSelector = CompiledClaim['quote']['textQuoteSelector'];
type TextPositionSelector = CompiledClaim['quote']['textPositionSelector'];

/** A plain-text body of an annotation; `purpose` says what the text is for. */
export type TextualBody = {
  type: 'TextualBody';
  /**
   * `describing` for the claim's summary and for whose words the quote is, `classifying` for
   * its party, `tagging` for its speaker and topic.
   */
  purpose: 'describing' | 'classifying' | 'tagging';
  value: string;
  format: 'text/plain';
  /** The dossier's language (BCP 47). */
  language: string;
};

/** Who made a text of a body: a person, an organisation, or software (a machine translation). */
export type AnnotationAgent = { type: 'Person' | 'Organization' | 'Software'; name: string };

/** One text of a choice: the quote in its own language, or a translation of it, and by whom. */
export type ChoiceText = {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  /** Its language (BCP 47). */
  language: string;
  /** A translation's translator; absent for the source's own words. */
  creator?: AnnotationAgent;
};

/**
 * The quote's words in its source's language and in each translation, as alternatives: a
 * client shows the one in its reader's language. Present only for a quote with translations.
 */
export type ChoiceBody = { type: 'Choice'; items: ChoiceText[] };

/** A link to another claim: its permalink, and the relation in the data's words. */
export type RelationBody = {
  type: 'SpecificResource';
  purpose: 'linking';
  /** The other claim's permalink. */
  source: string;
  /** `disputes`, `supports`, `qualifies`, `elaborates`, or `disputed by` and so on. */
  label: string;
};

/**
 * One claim as a W3C Web Annotation. Its bodies, in this order: the summary (`describing`),
 * whose words the quote is, with the speaker's role (`describing`), the party's name
 * (`classifying`), the speaker's name and the topic's title (both `tagging`), for a quote with
 * translations the quote and its translations as a `Choice`, then a link to each related
 * claim, whether or not the collection holds it.
 */
export type ClaimAnnotation = {
  /** The claim's permalink. */
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: (TextualBody | ChoiceBody | RelationBody)[];
  /** Where the claim's words are; one per source for a claim several sources carry. */
  target: AnnotationTarget | AnnotationTarget[];
};

/** A quote in an archived text. */
export type AnnotationTarget = {
  /** The absolute address of the archived text the selectors count in. */
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
};

/** A W3C Web Annotation collection holding every annotation on its one page. */
export type ClaimAnnotationCollection = {
  '@context': typeof annotationContext;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** Left out when there are no annotations, as the model asks. */
  first?: { type: 'AnnotationPage'; startIndex: 0; items: ClaimAnnotation[] };
};

/** Where the annotations point: the claim's permalink and the archived text's address. */
export type AnnotationLinks = {
  permalinkOf: (claimId: string) => string;
  sourceTextUrlOf: (source: ClaimView['source']) => string;
  /** The relations touching each claim. */
  relationsByClaim: RelationsByClaim;
  /** The language of the dossier's text (BCP 47), for the bodies. */
  language: string;
};

function bodyOf(purpose: TextualBody['purpose'], value: string, language: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', language };
}

/** One claim as a Web Annotation on its archived source text, with both selectors copied over. */
export function claimToAnnotation(view: ClaimView, links: AnnotationLinks): ClaimAnnotation {
  const { claim, party, speaker, topic, source } = view;
  const textualBody = (purpose: TextualBody['purpose'], value: string) =>
    bodyOf(purpose, value, links.language);
  const targetOf = (
    on: ClaimView['source'],
    { quote }: Pick<Appearance, 'quote'>,
  ): AnnotationTarget => ({
    source: links.sourceTextUrlOf(on),
    selector: [{ ...quote.textQuoteSelector }, { ...quote.textPositionSelector }],
  });
  const first = targetOf(source, claim);
  return {
    id: links.permalinkOf(claim.id),
    type: 'Annotation',
    motivation: 'describing',
    body: [
      textualBody('describing', claim.summary),
      textualBody('describing', speechDescription(view)),
      textualBody('classifying', party.name),
      textualBody('tagging', speaker.name),
      textualBody('tagging', topic.title),
      ...translationChoice(view),
      ...(links.relationsByClaim.get(claim.id) ?? []).map((each): RelationBody => ({
        type: 'SpecificResource',
        purpose: 'linking',
        source: links.permalinkOf(each.other.claim.id),
        label: relationWords(each),
      })),
    ],
    // A target per source that carries the claim, its first first; one alone is not a list.
    target:
      view.alsoIn.length > 0
        ? [
            first,
            ...view.alsoIn.map(({ source: other, appearance }) => targetOf(other, appearance)),
          ]
        : first,
  };
}

/** The claims as a W3C Web Annotation `AnnotationCollection` (JSON-LD) on one page. */
export function claimsToAnnotationCollection(
  views: ClaimView[],
  options: AnnotationLinks & { label: string },
): ClaimAnnotationCollection {
  const items = views.map((view) => claimToAnnotation(view, options));
  const collection: ClaimAnnotationCollection = {
    '@context': annotationContext,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
  };
  if (items.length > 0) collection.first = { type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}

/** Who made a translation, as the model's agent. */
function agentOf({ translation, source }: TranslationView): AnnotationAgent {
  const { kind, name } = translation.translator;
  if (kind === 'machine') return { type: 'Software', name: name ?? words.machineTranslation };
  if (kind === 'dossier') return { type: 'Organization', name: words.dossierAuthors };
  if (kind === 'interpreter' && name) return { type: 'Person', name };
  return { type: 'Organization', name: name ?? source?.publisher ?? kind };
}

/** The quote of the claim's first source and its translations, as one `Choice` body. */
function translationChoice(view: ClaimView): ChoiceBody[] {
  const { claim, source } = view;
  const translations = view.translations.filter((one) => one.translation.of === source.id);
  if (translations.length === 0) return [];
  const text = (value: string, language: string): ChoiceText => ({
    type: 'TextualBody',
    value,
    format: 'text/plain',
    language,
  });
  return [
    {
      type: 'Choice',
      items: [
        text(claim.quote.textQuoteSelector.exact, source.language),
        ...translations.map((one) => ({
          ...text(translationWords(one.translation), one.translation.language),
          creator: agentOf(one),
        })),
      ],
    },
  ];
}
