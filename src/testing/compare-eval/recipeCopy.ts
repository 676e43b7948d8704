// A blog post that copies a recipe card's steps word for word, with its own list numbering ("1.Preheat")
// and its own quotation marks around the card's tip, between notes of its own.
import type { EvalCase } from './types'

const card = `Lemon and Olive Oil Cake

This cake keeps well for three days and needs no mixer.

Ingredients: 200 g plain flour, 150 g caster sugar, 3 eggs, 120 ml olive oil, 2 unwaxed lemons, 2 teaspoons baking powder, a pinch of salt.

1. Preheat the oven to 180 degrees and line a 20 cm round tin with baking paper.
2. Whisk the eggs and sugar in a large bowl until pale and thick, about three minutes by hand.
3. Grate the zest of both lemons into the bowl, then squeeze in the juice of one.
4. Pour in the olive oil slowly, whisking all the time, until the batter is smooth.
5. Fold in the flour, baking powder and salt with a spatula; do not overmix.
6. Bake for 35 to 40 minutes, until a skewer pushed into the middle comes out clean.
7. Leave the cake to cool in the tin for ten minutes before turning it out.

Tip: use a mild "everyday" olive oil rather than a peppery extra virgin one, which can taste bitter in a cake.`

const blog = `My grandmother never wrote a recipe down in her life, so when my neighbour lent me her card for a lemon and olive oil cake last spring, I copied it out exactly and have baked it nearly every week since. Here are the steps as the card gives them, with a few notes of my own.

1.Preheat the oven to 180 degrees and line a 20 cm round tin with baking paper. I use a springform tin, which makes the last step much less stressful.
2.Whisk the eggs and sugar in a large bowl until pale and thick, about three minutes by hand. Your arm will ache, and that is how you know it is working.
3.Grate the zest of both lemons into the bowl, then squeeze in the juice of one. Keep the second lemon for a glaze if you like.
4.Pour in the olive oil slowly, whisking all the time, until the batter is smooth.
5.Fold in the flour, baking powder and salt with a spatula; do not overmix. A few streaks of flour are fine.
6.Bake for 35 to 40 minutes, until a skewer pushed into the middle comes out clean. My oven runs hot, so I check at thirty.
7.Leave the cake to cool in the tin for ten minutes before turning it out.

The card ends with a piece of advice I ignored once and never again: “Use a mild ‘everyday’ olive oil rather than a peppery extra virgin one, which can taste bitter in a cake.”

The cake is lovely on its own with coffee, and even better the next day, when the lemon has had time to settle into the crumb. My children ask for it on their birthdays now instead of chocolate, which my grandmother would have found very funny.`

const step = (text: string): { a: string; b: string[]; kind: 'verbatim' } => ({ a: text, b: [text], kind: 'verbatim' })

export const recipeCopy: EvalCase = {
  name: 'recipe-copy',
  textA: blog,
  textB: card,
  labels: [
    step('Preheat the oven to 180 degrees and line a 20 cm round tin with baking paper'),
    step('Whisk the eggs and sugar in a large bowl until pale and thick, about three minutes by hand'),
    step('Grate the zest of both lemons into the bowl, then squeeze in the juice of one'),
    step('Pour in the olive oil slowly, whisking all the time, until the batter is smooth'),
    step('Fold in the flour, baking powder and salt with a spatula; do not overmix'),
    step('Bake for 35 to 40 minutes, until a skewer pushed into the middle comes out clean'),
    step('Leave the cake to cool in the tin for ten minutes before turning it out'),
    {
      a: 'Use a mild ‘everyday’ olive oil rather than a peppery extra virgin one, which can taste bitter in a cake',
      b: ['use a mild "everyday" olive oil rather than a peppery extra virgin one, which can taste bitter in a cake'],
      kind: 'verbatim',
      note: 'other quotation marks around "everyday"'
    },
    {
      a: 'lemon and olive oil cake',
      b: ['Lemon and Olive Oil Cake'],
      kind: 'verbatim',
      optional: true,
      note: 'the title named, a name more than a quote'
    }
  ]
}
