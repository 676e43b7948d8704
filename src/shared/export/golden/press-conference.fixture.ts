// The fixed input of the golden files: the two seed articles (the Anadolu report of the Baku press
// conference of 16 May 2024 and Trend's transcript of President Aliyev's statement), with highlights
// whose selectors were taken from the seeds' canonical text. One quote spans two paragraphs, notes use
// Markdown, tags have spaces, the report paraphrases the statement, and one highlight is an orphan.

import type { ArticleMeta, Highlight, Link } from '../../model'
import type { ExportArticle, MarkdownExportOptions } from '../export-types'
import { createLinkResolver } from '../export-types'

export const EXPORTED_AT = '2024-06-01T09:30:00.000Z'

export const anadoluMeta: ArticleMeta = {
  id: 'art-anadolu-2024-05-16',
  title: 'Belarus offers Azerbaijan help in restoring Karabakh region',
  source: 'Anadolu Agency',
  published: '2024-05-16',
  url: 'https://www.aa.com.tr/en/world/belarus-offers-azerbaijan-help-in-restoring-karabakh-region',
  lang: 'en',
  dir: 'ltr',
  description: 'WORLD',
  format: 'bundled',
  addedAt: '2024-05-20T08:00:00.000Z',
  wordCount: 305,
  textHash: 'sha256:anadolu-fixture',
  tags: ['Karabakh', 'press conference']
}

export const trendMeta: ArticleMeta = {
  id: 'art-trend-2024-05-16',
  title:
    'I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and Eastern Zangezur regions',
  source: 'Trend',
  published: '2024-05-16',
  url: 'https://en.trend.az/azerbaijan/politics/statement-by-president-ilham-aliyev-2024-05-16',
  lang: 'en',
  dir: 'ltr',
  format: 'bundled',
  addedAt: '2024-05-20T08:01:00.000Z',
  wordCount: 941,
  textHash: 'sha256:trend-fixture',
  tags: ['Karabakh', 'transcript', 'Ilham Aliyev']
}

const lukashenkoOffer: Highlight = {
  id: 'hl-aa-lukashenko-offer',
  articleId: anadoluMeta.id,
  color: 'green',
  quote: {
    exact:
      '"If in this great cause of the revival of these lands, you find us a place where we can lend our shoulder and it will benefit you, we will do it with great pleasure.\n\n"Moreover, we will do what no one else in the world will do… because of the mutual respect and friendship between the peoples of Belarus and Azerbaijan," he said.',
    prefix: 'r centuries, for many epochs."\n\n',
    suffix: '\n\nAliyev, for his part, describe'
  },
  position: { start: 508, end: 837 },
  note: "Lukashenko's offer has **no counterpart** in the Trend transcript:\n\n- only the report has it\n- compare with the Russian original from *president.gov.by*",
  tags: ['Lukashenko', 'no counterpart'],
  createdAt: '2024-05-20T08:10:00.000Z',
  updatedAt: '2024-05-21T17:45:00.000Z'
}

const rebuildFromScratchReport: Highlight = {
  id: 'hl-aa-rebuild-from-scratch',
  articleId: anadoluMeta.id,
  color: 'yellow',
  quote: {
    exact:
      '"We have to rebuild a significant area from scratch. ... Therefore, we invite Belarusian companies to join this work actively.',
    prefix: "tries' efforts in this regard.\n\n",
    suffix: ' Belarus has expertise in urban '
  },
  position: { start: 1028, end: 1154 },
  note: 'The agency\'s translation cuts the comparison with Lebanon (the `...`). See the [transcript](https://en.trend.az/azerbaijan/politics/statement-by-president-ilham-aliyev-2024-05-16).',
  tags: ['reconstruction', 'press conference'],
  createdAt: '2024-05-20T08:12:00.000Z',
  updatedAt: '2024-05-20T08:12:00.000Z'
}

/** Its text changed when the article was imported again, so it no longer anchors. */
const urbanPlanningReport: Highlight = {
  id: 'hl-aa-urban-planning',
  articleId: anadoluMeta.id,
  color: 'blue',
  quote: {
    exact: 'Belarus has expertise in town planning and modern technologies',
    prefix: ' join this work actively. ',
    suffix: ', and experience in constructin'
  },
  position: { start: 1155, end: 1218 },
  note: 'Wording differs from the transcript: *agro-towns* became "agricultural towns".',
  tags: ['urban planning'],
  createdAt: '2024-05-20T08:15:00.000Z',
  updatedAt: '2024-05-20T08:15:00.000Z'
}

const rebuildFromScratchStatement: Highlight = {
  id: 'hl-tr-rebuild-from-scratch',
  articleId: trendMeta.id,
  color: 'yellow',
  quote: {
    exact:
      'In essence, we have to rebuild from scratch an area, for comparison, 50 percent larger than the territory of a country like Lebanon.',
    prefix: 'nd will carry out is enormous.\n\n',
    suffix: ' This is just to illustrate what'
  },
  position: { start: 3110, end: 3242 },
  note: 'Scale of the work: **1.5 × Lebanon**.',
  tags: ['reconstruction', 'Lebanon comparison'],
  createdAt: '2024-05-20T08:20:00.000Z',
  updatedAt: '2024-05-20T08:22:00.000Z'
}

const agroTownsStatement: Highlight = {
  id: 'hl-tr-agro-towns',
  articleId: trendMeta.id,
  color: 'pink',
  quote: {
    exact:
      'Belarus has very good experience in urban planning, modern technologies - we have also talked about this today - experience in building agro-towns.',
    prefix: 'ructions were also given today. ',
    suffix: ' Our primary task, of course, is'
  },
  position: { start: 3640, end: 3787 },
  note: '',
  tags: ['urban planning'],
  createdAt: '2024-05-20T08:25:00.000Z',
  updatedAt: '2024-05-20T08:25:00.000Z'
}

export const paraphraseLink: Link = {
  id: 'ln-rebuild-from-scratch',
  from: rebuildFromScratchReport.id,
  to: rebuildFromScratchStatement.id,
  relation: 'paraphrases',
  createdAt: '2024-05-20T08:30:00.000Z'
}

export const anadolu: ExportArticle = {
  meta: anadoluMeta,
  // Not in reading order on purpose: the exporter sorts.
  highlights: [rebuildFromScratchReport, urbanPlanningReport, lukashenkoOffer],
  orphanIds: new Set([urbanPlanningReport.id])
}

export const trend: ExportArticle = {
  meta: trendMeta,
  highlights: [agroTownsStatement, rebuildFromScratchStatement],
  orphanIds: new Set()
}

export const links = createLinkResolver(
  [anadoluMeta, trendMeta],
  [...anadolu.highlights, ...trend.highlights],
  [paraphraseLink]
)

export const readingOrder: MarkdownExportOptions = { includeNotes: true, order: 'reading', exportedAt: EXPORTED_AT }
