// Function words and near-function words of English. They never seed or weigh a match on their own:
// "of the", "he said that" or "as well as" say nothing about whether two passages share content.
// Kept small and general on purpose; frequent topic words are down-weighted by IDF instead.
export const STOPWORDS: readonly string[] = (
  'a about above after again against all almost also although always am among an and another any ' +
  'anyone anything are around as at be became because become been before being below between both ' +
  'but by can cannot could did do does doing done down during each either else enough even ever ' +
  'every few for from further had has have having he her here hers herself him himself his how ' +
  'however i if in indeed into is it its itself just least less let like many may me might more ' +
  'most much must my myself neither no nor not now of off often on once one only onto or other ' +
  'others otherwise our ours ourselves out over own per perhaps quite rather really same say said ' +
  'says saying she should since so some such than that the their theirs them themselves then there ' +
  'these they this those though through thus to too toward towards under until up upon us very via ' +
  'was we well were what whatever when where whether which while who whom whose why will with ' +
  'within without would yet you your yours yourself yourselves told tell tells already still ' +
  'something someone somewhat mr mrs ms dr'
).split(' ')

/** Words after which a full stop does not end the sentence: titles before a name, "No. 5", "Jan. 5".
 *  "etc." or "Inc." are not here: followed by a capital they usually do end one, and followed by a
 *  lowercase word the sentence goes on anyway. */
export const ABBREVIATIONS: readonly string[] = (
  'mr mrs ms dr prof st gen col lt sgt capt gov sen rep rev hon no vs ' + 'jan feb mar apr jun jul aug sep sept oct nov dec fig'
).split(' ')
