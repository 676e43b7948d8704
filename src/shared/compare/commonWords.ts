// Content words so frequent in any English text that sharing them says little: "at the end of the
// day", "people in the region". Two short articles cannot show that by their own word counts (every
// word is rare in 40 sentences), so these carry a capped weight whatever the IDF (see weights.ts).
// Roughly the most frequent nouns, verbs and adjectives of general English corpora.
export const COMMON_WORDS: readonly string[] = (
  'time year people way day man woman thing life child children world school state family group ' +
  'country problem hand part place case week company system program question work government number ' +
  'night point home water room area money story fact month lot right study book eye job word business ' +
  'issue side kind head house service friend father mother power hour game line end member law car ' +
  'city community name team minute idea body information back parent face level office door health ' +
  'person history party result change morning reason research moment air force region today ' +
  'tomorrow yesterday percent news report statement conference matter sense field ' +
  'be have do go get make know think take see come want look use find give work call try ask need ' +
  'feel become leave put mean keep begin seem help talk turn start show hear play run move live ' +
  'believe hold bring happen write sit stand lose pay meet include continue set learn lead ' +
  'understand watch follow stop create speak read allow add spend grow open walk win offer remember ' +
  'love consider appear buy wait serve die send expect build stay fall cut reach remain suggest ' +
  'raise pass sell require decide pull note' +
  ' good new first last long great little old big high different small large next early young ' +
  'important public bad able best better sure free full whole real true certain clear recent ' +
  'year years two three four five six seven eight nine ten hundred thousand million billion'
).split(' ')
