// Held out. A company's recall notice for a baby product, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `Brightnest is recalling about 46,000 of its Cosyrest baby bouncers sold in the UK and Ireland between January 2023 and April this year, because the seat can tip forward when the child leans over the front bar.

The company has received nine reports of bouncers tipping over, in two of which a baby suffered minor bruising. No serious injuries have been reported.

The recall covers the grey and the sand colours of the Cosyrest with batch numbers from CR2301 to CR2415, printed on a label under the seat. Parents should stop using the bouncer at once and contact Brightnest for a free repair kit, which replaces the front bar and adds a wider base. Customers who prefer a refund can return the bouncer to the shop where they bought it, with or without a receipt.

"The safety of children is our first concern, and we are sorry for the worry this will cause," the company said. "We have changed the design of all new bouncers."

The Office for Product Safety said it was working with the company and urged parents to check their bouncers.`

const cut = `Brightnest is recalling about 46,000 of its "Cosyrest" baby bouncers sold in the UK and Ireland between January 2023 and April this year, because the seat can tip forward when the child leans over the front bar.

The company has received 9 reports of bouncers tipping over, in 2 of which a baby suffered minor bruising. No serious injuries have been reported.

The recall covers the grey and the sand colours of the Cosyrest with batch numbers from CR2301 to CR2415, printed on a label under the seat. Parents should stop using the bouncer at once and contact Brightnest for a free repair kit, which replaces the front bar and adds a wider base.

"The safety of children is our first concern and we are sorry for the worry this will cause," the company said.`

const light = `Brightnest is calling back around 46,000 Cosyrest baby bouncers that were sold in Britain and Ireland from January 2023 to April this year, since the seat may tip forwards if the baby leans over the bar at the front.

The firm has had nine reports of bouncers toppling over; in two cases a baby was slightly bruised. There have been no reports of serious harm.

The recall applies to Cosyrest bouncers in grey and in sand with batch numbers CR2301 to CR2415, shown on a label beneath the seat. Parents are told to stop using the bouncer straight away and ask Brightnest for a free repair kit, which swaps the front bar and fits a broader base. Those who would rather have their money back can take the bouncer back to the shop they bought it from, even without a receipt.

The Office for Product Safety said it was working with Brightnest and asked parents to check their bouncers.`

const heavy = `If your baby has a grey or sand-coloured Cosyrest bouncer, check the label under the seat. Any batch number between CR2301 and CR2415 means it is one of roughly 46,000 that Brightnest has recalled across Britain and Ireland, covering sales from January 2023 until April.

The problem is stability: a child who leans forward over the bar can tip the whole seat over. Nine parents have reported it happening, and two babies were bruised, though none was badly hurt. Brightnest will send a free kit with a new bar and a wider base; alternatively, the shop that sold the bouncer will give a refund, receipt or not. Until it has been fixed, the bouncer should not be used at all. The company has apologised and says newer bouncers are built to a different design.`

const nonSafety = `Baby bouncers and rockers are popular with parents, but safety experts warn that they should never be used as a place for a baby to sleep. Babies who fall asleep in a bouncer should be moved to a flat cot, because the angle of the seat can make it harder for them to breathe.

Always use the harness, and never put a bouncer on a table, a bed or a sofa, where it can move as the baby wriggles and fall off. Stop using the bouncer once your child can sit up on their own, as an older baby can lean over and tip it.

Before buying a second-hand bouncer, check that it has not been recalled. Manufacturers and the Office for Product Safety publish lists of recalled products, with the batch numbers to look for. If you are unsure, contact the manufacturer: most will tell you free of charge whether your product is affected.`

const nonOtherRecall = `A supermarket chain has recalled thousands of children's scooters after reports that the handlebars can come loose while the scooter is being ridden.

Northgate said the recall affected its own-brand three-wheel scooter, sold in blue and pink between March and September last year. The company said it had received six reports of handlebars coming off, and that one child had needed treatment for a cut to the chin.

Customers are asked to stop using the scooters immediately and return them to any Northgate store for a full refund. A receipt is not needed.

"We apologise to our customers and are sorry for any worry this causes," a spokesman said. "The safety of our customers is our first concern." The company said it had stopped selling the scooter while it investigated the fault with its supplier.`

export const productRecall: AnswerSet = {
  topic: 'product-recall',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'a name put in quotation marks, figures for numbers, a comma dropped inside the quote' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonSafety, note: 'bouncer safety advice: recalled, batch numbers, tip, free of charge' },
    { level: 'non', text: nonOtherRecall, note: 'another recall with the stock apology: stop using, refund, receipt, first concern' }
  ]
}
