// Held out, fourth batch. A judge's sentencing remarks and a news report of them. The remarks quote the
// defendant's own message (his words, inside hers); the report also quotes the prosecutor and the
// victim's daughter, whose words are not in the remarks.
import type { EvalCase } from '../types'

const remarks = `R v Daniel Hale: sentencing remarks of Mrs Justice Okafor

Daniel Hale, you may sit down. You are 34 years old and you have pleaded guilty to causing death by dangerous driving.

On the evening of 12 March last year you drove your Audi along the A614 at speeds of up to 105 miles per hour, in a 50 miles per hour limit, while racing another car. At the junction with Mill Lane you lost control and struck a Ford Fiesta driven by Grace Whitlow, a 71-year-old retired teacher, who was on her way home from choir practice. She died at the scene.

An hour before the crash you sent a message to a friend that said: "Gonna see what this thing can really do tonight." That message shows that your driving was not a moment of madness but a choice.

I have read the statement of Mrs Whitlow's daughter. Nothing I say and no sentence I pass can reflect the value of the life that was lost.

I give you credit for your guilty plea, for your remorse, which I accept is genuine, and for your previous good character. The sentence is one of eight years' imprisonment. You will be disqualified from driving for eleven years and four months, and you must pass an extended test before you drive again.`

const report = `Speeding driver who killed retired teacher jailed for eight years

A driver who was racing another car at up to 105mph when he crashed into a retired teacher's car has been jailed for eight years.

Daniel Hale, 34, admitted causing death by dangerous driving. Grace Whitlow, 71, was on her way home from choir practice when Hale lost control of his Audi at the junction with Mill Lane on the A614 in March last year. She died at the scene.

Sentencing him at Nottingham Crown Court, Mrs Justice Okafor said a message Hale sent an hour before the crash showed his driving "was not a moment of madness but a choice".

In the message to a friend, Hale wrote: “Gonna see what this thing can really do tonight.”

The judge said: "Nothing I say and no sentence I pass can reflect the value of the life that was lost."

Prosecutor James Tolley told the court the other driver in the race had never been traced. "Somebody out there knows who was behind the wheel of that second car," he said.

Outside court, Mrs Whitlow's daughter, Helen Price, said: "Mum gave forty years to the children of this town. She deserved to grow old."

Hale was also banned from driving for eleven years and four months.`

export const sentencingRemarks: EvalCase = {
  name: 'sentencing-remarks (held out, fourth batch)',
  textA: report,
  textB: remarks,
  labels: [
    {
      a: 'Speeding driver who killed retired teacher jailed for eight years',
      b: ["The sentence is one of eight years' imprisonment"],
      kind: 'paraphrase',
      optional: true,
      note: 'the headline, a summary of the whole'
    },
    {
      a: "A driver who was racing another car at up to 105mph when he crashed into a retired teacher's car has been jailed for eight years",
      b: [
        'On the evening of 12 March last year you drove your Audi along the A614 at speeds of up to 105 miles per hour, in a 50 miles per hour limit, while racing another car'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'Daniel Hale, 34, admitted causing death by dangerous driving',
      b: ['You are 34 years old and you have pleaded guilty to causing death by dangerous driving'],
      kind: 'paraphrase'
    },
    {
      a: 'Grace Whitlow, 71, was on her way home from choir practice when Hale lost control of his Audi at the junction with Mill Lane on the A614 in March last year',
      b: [
        'At the junction with Mill Lane you lost control and struck a Ford Fiesta driven by Grace Whitlow, a 71-year-old retired teacher, who was on her way home from choir practice'
      ],
      kind: 'paraphrase'
    },
    { a: 'She died at the scene', b: ['She died at the scene'], kind: 'verbatim' },
    {
      a: 'a message Hale sent an hour before the crash',
      b: ['An hour before the crash you sent a message to a friend'],
      kind: 'paraphrase',
      optional: true,
      note: 'the lead-in to the judge’s quoted words'
    },
    {
      a: 'was not a moment of madness but a choice',
      b: ['was not a moment of madness but a choice'],
      kind: 'verbatim',
      note: 'the judge’s words, quoted inside a sentence of the reporter’s'
    },
    {
      a: 'Gonna see what this thing can really do tonight',
      b: ['Gonna see what this thing can really do tonight'],
      kind: 'verbatim',
      note: 'Hale’s own words, which the judge quotes: the speaker is Hale, not the judge; curly quotation marks in the report'
    },
    {
      a: 'Nothing I say and no sentence I pass can reflect the value of the life that was lost',
      b: ['Nothing I say and no sentence I pass can reflect the value of the life that was lost'],
      kind: 'verbatim'
    },
    {
      a: 'Prosecutor James Tolley told the court the other driver in the race had never been traced',
      b: [],
      kind: 'none',
      note: 'the prosecutor’s point, not in the remarks'
    },
    {
      a: 'Somebody out there knows who was behind the wheel of that second car',
      b: [],
      kind: 'none',
      note: 'said by the prosecutor James Tolley, not in the remarks'
    },
    {
      a: 'Mum gave forty years to the children of this town. She deserved to grow old',
      b: [],
      kind: 'none',
      note: 'said by the daughter, Helen Price, outside court: the judge mentions her statement but does not quote it'
    },
    {
      a: 'Hale was also banned from driving for eleven years and four months',
      b: ['You will be disqualified from driving for eleven years and four months'],
      kind: 'paraphrase',
      note: '"disqualified" became "banned", second person to third'
    }
  ]
}
