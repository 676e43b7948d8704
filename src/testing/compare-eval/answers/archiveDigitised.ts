// Held out. A city archive's announcement that its old newspapers are online, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `Every issue of the Harwick Courier published between 1852 and 1950 can now be read online free of charge, after a four-year project by the Harwick City Archive to scan and transcribe its collection of the newspaper.

Volunteers and archive staff scanned more than 310,000 pages, many of them too fragile to be handled by the public. The pages were then read by text recognition software, so that readers can search the whole collection for a name, a street or an event.

The collection includes reports of the great fire of 1887, the opening of the railway station in 1861 and the town's celebrations at the end of both world wars. Family historians will also find thousands of notices of births, marriages and deaths.

The project cost 640,000 pounds, most of it paid by a grant from the National Heritage Fund. The archive warns that the text recognition is not perfect, especially for the small print of the earliest issues, and asks readers to report mistakes through a button on each page.

"These pages are the memory of the town, and now they belong to everyone," said the city archivist, Joan Feltham.`

const cut = `Every issue of the Harwick Courier published between 1852 and 1950 can now be read online free of charge, after a four-year project by the Harwick City Archive to scan and transcribe its collection of the newspaper.

Volunteers and archive staff scanned more than 310,000 pages, many of them too fragile to be handled by the public. The pages were then read by text recognition software, so that readers can search the whole collection for a name, a street or an event.

Among the highlights:
- reports of the great fire of 1887;
- the opening of the railway station in 1861;
- the town's celebrations at the end of both world wars.

The project cost £640,000, most of it paid by a grant from the National Heritage Fund. "These pages are the memory of the town, and now they belong to everyone," said the city archivist, Joan Feltham.`

const light = `All issues of the Harwick Courier printed from 1852 to 1950 are now available to read on the internet at no cost, following a four-year effort by the Harwick City Archive to digitise and transcribe its copies of the paper.

Volunteers and staff of the archive scanned over 310,000 pages, a lot of them too delicate for the public to handle. Text recognition software then read the pages, which means readers can look through the entire collection for a name, a street or an event.

The papers cover the great fire of 1887, the opening of the railway station in 1861 and the town's festivities at the close of both world wars, and genealogists will find thousands of announcements of births, marriages and deaths.

The scheme cost 640,000 pounds, largely funded by the National Heritage Fund. The archive cautions that the text recognition has errors, particularly in the tiny type of the first issues, and invites readers to flag mistakes with a button on every page.`

const heavy = `Nearly a century of local news is now a few clicks away. The Harwick City Archive has put its run of the Courier, from the first issue in 1852 to 1950, on the web, where anyone can read it without paying.

It took four years and 640,000 pounds, largely from the National Heritage Fund, to photograph some 310,000 pages, many of which had become too brittle for visitors to touch. Because software has turned the scans into text, a reader can type in a surname or a street and find every mention. Those tracing their ancestors will find the birth, marriage and death notices especially useful, and there are accounts of the 1887 fire, of the station opening in 1861 and of the victory celebrations of 1918 and 1945.

The archive admits that the machine reading makes errors, above all in the tiny type of the oldest pages, and each page has a button for readers to point them out.`

const nonLibrary = `Readers of the Westbury Gazette will soon be able to search more than a century of the newspaper from home. The county library service said on Monday that it had begun scanning its bound volumes of the Gazette, starting with the issues from the First World War.

The library expects the work to take three years. Pages will be photographed by a specialist company and then checked by volunteers, who will also add the names of people and places so that the collection can be searched.

Librarians say the bound volumes are handled so often by family historians that some are falling apart. "Once the pages are online, the originals can rest," said the county's head of libraries.

The library is looking for more volunteers and says no experience is needed. Anyone interested can sign up at any branch or on the library's website.`

const nonGuide = `Old newspapers are one of the richest sources for family history. Notices of births, marriages and deaths often give names, addresses and occupations that appear in no other record, and local reports can tell you about accidents, court cases, weddings and celebrations in which your ancestors took part.

Many local papers have been scanned and can be searched online, either free of charge through a library or archive, or on subscription websites. Searching is easier than it used to be, but the text is produced by software and the software makes mistakes, especially with small print and damaged pages. If a name does not come up, try other spellings, or search for a street or an event instead.

If the paper you need has not been put online, your local archive or library will usually hold copies on microfilm or in bound volumes. Ask before you visit, as fragile volumes may not be available to the public.`

export const archiveDigitised: AnswerSet = {
  topic: 'archive-digitised',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'a sentence turned into a bulleted list; pounds as £' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonLibrary, note: 'another paper being scanned: volunteers, searched, fragile volumes' },
    {
      level: 'non',
      text: nonGuide,
      note: 'a guide to old newspapers: births, marriages and deaths, free of charge, software makes mistakes'
    }
  ]
}
