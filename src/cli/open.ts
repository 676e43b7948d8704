// `diptych open LINK`: a diptych:// link from a note, handed to the app as the system would hand it.
import { formatDeepLink, parseDeepLink } from '../shared/deep-link'
import { UsageError } from './args'
import { findApp, launch } from './app-binary'
import { CliError, DATA_DIR_HELP, type Command } from './command'
import { escapeControls } from './output'
import { packageRoot } from './package-root'

export const openCommand: Command = {
  name: 'open',
  summary: 'open a diptych:// link (an article, a highlight, a pair) in the app',
  help: `Usage: diptych open LINK [--data-dir DIR]

Hands LINK to the Diptych app: the window already open shows it, or the app starts and shows it.
The link forms:
  diptych://article/ID                          an article
  diptych://article/ID/highlight/HID?quote=…    a highlight: its passage, flashed, with its card open
  diptych://pair/LEFT/RIGHT[/link/LINK]         two articles side by side, levelled on a link
The app is the installed one ($DIPTYCH_APP), else Electron ($ELECTRON_PATH, or the one installed with
this package) on this package's build. Without either, use the browser mode: add #/open?uri=LINK
(escaped) to the address "diptych serve" printed.

Options:
${DATA_DIR_HELP}`,
  options: {},

  async run({ options, positionals }, out) {
    if (positionals.length !== 1) throw new UsageError('diptych open takes one link, e.g. diptych open "diptych://article/ID".')
    const parsed = parseDeepLink(positionals[0])
    if (!parsed.ok) throw new CliError(`Diptych cannot open this link: ${parsed.error}.`)
    const link = formatDeepLink(parsed.value)
    const app = findApp(packageRoot())
    if (!app) {
      throw new CliError(
        'The Diptych app is not installed on this computer (no Electron binary was found), so the link cannot be handed to it. ' +
          `If you use Diptych in the browser with "diptych serve", add #/open?uri=${encodeURIComponent(link)} to the address it printed and open that.`
      )
    }
    const dataDir = typeof options['data-dir'] === 'string' ? [`--data-dir=${options['data-dir']}`] : []
    if (!(await launch(app, [...dataDir, link])))
      throw new CliError(`The Diptych app (${escapeControls(app.program)}) could not be started.`)
    out.note('Link handed to Diptych.')
    return 0
  }
}
