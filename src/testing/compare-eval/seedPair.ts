// Labels for the bundled seed pair: Anadolu Agency's report (A) of a press conference and Trend's
// transcript of President Aliyev's statement (B). The texts are the bundled articles (resources/),
// which the caller loads; the report quotes the statement in a different English translation.
import type { EvalLabel } from './types'

export const SEED_ARTICLES = { a: 'anadolu-2024-05-16', b: 'trend-2024-05-16' } as const

const scale = 'The scale of work we are carrying out and will carry out is enormous'
const lead =
  'BAKU, Azerbaijan, May 16. I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and Eastern Zangezur regions. The scale of work we are carrying out and will carry out is enormous, President Ilham Aliyev said during a press conference with President of Belarus Aleksandr Lukashenko, Trend reports.'
const invited =
  'I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and Eastern Zangezur regions'

export const seedPairLabels: EvalLabel[] = [
  {
    a: 'Belarusian President Alexander Lukashenko on Thursday offered assistance in the post-war reconstruction of the Karabakh region to his Azerbaijani counterpart Ilham Aliyev.',
    b: [lead],
    kind: 'paraphrase',
    optional: true,
    note: 'the lead: same event, but Lukashenko offering, not Aliyev inviting'
  },
  {
    a: 'Speaking at a news conference in Baku, Lukashenko praised the return of Azerbaijani lands, saying it "will be remembered for centuries, for many epochs."',
    b: [],
    kind: 'none',
    note: 'Lukashenko'
  },
  {
    a: '"If in this great cause of the revival of these lands, you find us a place where we can lend our shoulder and it will benefit you, we will do it with great pleasure.',
    b: [],
    kind: 'none',
    note: 'Lukashenko'
  },
  {
    a: '"Moreover, we will do what no one else in the world will do… because of the mutual respect and friendship between the peoples of Belarus and Azerbaijan," he said.',
    b: [],
    kind: 'none',
    note: 'Lukashenko'
  },
  {
    a: "Aliyev, for his part, described the scale of the work in Karabakh as enormous, adding he has invited Belarusian companies to join Azerbaijan's and other countries' efforts in this regard.",
    b: [`${invited}. ${scale}`, scale, invited],
    kind: 'paraphrase',
    note: 'the statement says it twice: in the lead and in its body'
  },
  {
    a: 'We have to rebuild a significant area from scratch.',
    b: ['In essence, we have to rebuild from scratch an area'],
    note: 'the clause it renders; the rest of the sentence (larger than Lebanon) is not in the quote',
    kind: 'paraphrase'
  },
  {
    a: 'Therefore, we invite Belarusian companies to join this work actively.',
    b: ['Therefore, we invite Belarusian companies to get actively engaged in this work.'],
    kind: 'paraphrase'
  },
  {
    a: 'Belarus has expertise in urban planning, modern technologies, and experience in constructing agricultural towns',
    b: [
      'Belarus has very good experience in urban planning, modern technologies - we have also talked about this today - experience in building agro-towns.'
    ],
    kind: 'paraphrase'
  },
  {
    a: "Azerbaijan's primary tasks are not only providing housing and social infrastructure in the relevant territories but also creating modern, technological jobs for the people",
    b: [
      'Our primary task, of course, is to return the former IDPs to their homes as soon as possible, but also to provide them with appropriate work so that the people returning to the liberated territories will also be employed in well-paid jobs.'
    ],
    kind: 'paraphrase'
  },
  {
    a: 'adding that Belarus can also help in this area by developing industrial cooperation, as well as trade and economic cooperation with Azerbaijan.',
    b: [
      'First of all, we are talking about industrial cooperation, about the creation of joint productions in Belarus and Azerbaijan',
      'in order to further build up the potential of mutual trade and economic cooperation'
    ],
    kind: 'paraphrase',
    optional: true,
    note: 'echoes of two other places in the statement'
  },
  {
    a: 'Since 1991, tensions have persisted between Baku and Yerevan when Armenian forces seized Karabakh and seven surrounding regions, recognized internationally as part of Azerbaijan.',
    b: [],
    kind: 'none',
    note: 'background'
  },
  {
    a: 'In a 44-day conflict in late 2020, Azerbaijan reclaimed most of the territory, and last September attained full sovereignty over Karabakh through an "anti-terrorist operation," leading to the surrender of separatist forces in the region.',
    b: [],
    kind: 'none',
    note: 'background'
  }
]
