// Held out, second batch (written after tuning ended, run once). A council's decision to end library
// fines, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `Libraries in Ashdown will stop charging fines for overdue books from 1 April, the county council has decided, and all fines that borrowers owe now will be cancelled.

The council says fines bring in about 38,000 pounds a year, less than it costs to collect them, and that they keep many people away from libraries. Around 6,500 library cards are currently blocked because of unpaid fines, a third of them belonging to children.

Borrowers will still be asked to return books on time, and will receive reminders by email or text message. Anyone who keeps a book for more than eight weeks after its due date will be asked to pay for a replacement, but the charge will be dropped if the book is returned.

Councillor Naomi Price, who is responsible for libraries, said: "Fines do not bring books back. They stop families from using their library, often the families who need it most." Libraries in several other counties have dropped fines in recent years and say that more books have come back, not fewer.`

const cut = `Libraries in Ashdown will stop charging fines for overdue books from 1 April, the county council has decided, and all fines that borrowers owe now will be cancelled.

The council says fines bring in about £38,000 a year, less than it costs to collect them, and that they keep many people away from libraries. Around 6,500 library cards are currently blocked because of unpaid fines – a third of them belonging to children.

Borrowers will still be asked to return books on time, and will receive reminders by email or text message.

Councillor Naomi Price said: "Fines do not bring books back. They stop families from using their library, often the families who need it most."`

const light = `From 1 April, Ashdown's libraries will no longer charge fines for late books, the county council has agreed, and every fine borrowers currently owe will be written off.

According to the council, fines raise roughly 38,000 pounds a year, less than the cost of collecting them, and discourage many people from using libraries. About 6,500 library cards are blocked at present over unpaid fines, a third of them held by children.

Borrowers will still be expected to bring books back on time and will get reminders by email or text. Anyone who holds on to a book for over eight weeks past its due date will be charged for a replacement, though the charge will be cancelled once the book comes back.

Several other counties that have scrapped fines in recent years say that more books have been returned, not fewer.`

const heavy = `Forgot to take your library book back? In Ashdown, from April, it will no longer cost you anything. The county council is scrapping overdue fines and wiping out the ones already owed, which currently stop some 6,500 people, a third of them children, from borrowing at all.

The fines were hardly worth it: they raised about 38,000 pounds a year, less than the council spent chasing them. Instead, late borrowers will get an email or a text. Only those who hang on to a book for two months past the date will be billed for a new copy, and even then the bill disappears if the book turns up. Naomi Price, the councillor in charge, argues that fines drive away the very families libraries are meant for, and points to other counties where dropping them has meant more returns.`

const nonOtherCounty = `The county library service in Thornbury has raised its fines for overdue books for the first time in ten years, saying it needs the money to keep branches open.

From next month, adults will pay 30 pence a day for each late book, up from 20 pence, with a maximum of 8 pounds per item. Children's books will remain free of fines.

The library service said fines brought in about 50,000 pounds last year, money that helps pay for new books. "Nobody likes paying a fine, but we would rather that than close a library," a spokesman said.

Campaigners said higher fines would keep poorer families away from libraries and pointed to counties that have abolished fines altogether. The council said it would review the decision after a year.`

const nonTips = `Libraries are one of the best free resources a family can have. Most let children borrow books, audiobooks and even games without paying, and many run reading groups, homework clubs and holiday activities.

If you have not used your library for a while, it is worth checking what has changed. Many now send reminders by email or text message before books are due, and let you renew them online, so it is easier than ever to avoid late returns. A growing number of libraries have stopped charging fines altogether, especially for children.

If your card has been blocked, ask at the desk: staff can often sort it out on the spot. Libraries want people to come back, and most would rather see a book returned late than not at all.`

export const libraryFines: AnswerSet = {
  topic: 'library-fines',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'pounds as £, a dash for a comma, the quote shortened to its speaker' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonOtherCounty, note: 'fines raised elsewhere: overdue books, counties that abolished fines' },
    { level: 'non', text: nonTips, note: 'library tips: reminders by email or text message, stopped charging fines, card blocked' }
  ]
}
