import type { source as zh } from '../zh-cn/source'

export const source: Record<keyof typeof zh, string> = {
  'source.back': '← Back to all letters',
  'source.notFound.title': 'Document not found',
  'source.notFound.body':
    'There is no letter with the id “{id}” in the data. It may have been renamed, or the address may be mistyped.',
  'source.notFound.notYet':
    'The letter “{id}” is dated {date}; on the chosen date, {asOf}, it had not been sent yet.',
  'source.notFound.today': 'See the situation today',
  'source.notFound.list': 'See all letters',

  'source.text.title': 'Full text of the letter',
  'source.text.loading': 'Loading the full letter…',
  'source.text.error': 'The full letter could not be loaded: {message}',
  'source.text.noDocument':
    'The letter’s metadata could not be loaded, so its full text cannot be shown.',
  'source.text.empty': 'The full text of the letter is empty.',

  'source.coverage.title': 'What is tracked',
  'source.coverage.paragraphs':
    'Paragraphs that contain a tracked commitment: {covered} of {paragraphs}',
  'source.coverage.characters':
    'Tracked words make up {share} of the letter (characters, spaces not counted: {covered} of {total})',
  'source.coverage.commitments':
    'Commitments whose words are marked in the text: {found} of {total}',
  'source.coverage.missing':
    '{count, plural, one {The words of this commitment} other {The words of these # commitments}} could not be found in the full text; please check the data:',

  'source.legend.title': 'Legend',
  'source.legend.tracked': 'Tracked words: select to open the commitment',
  'source.legend.untracked': 'Unmarked text: not tracked',
  'source.legend.overlap': 'Words shared by more than one commitment',
  'source.legend.target': 'The commitment you came from',
  'source.legend.markers': 'The sign and word after the marked words give the status:',
  'source.legend.reported': 'Work the letter reports as done: not a promise, so no status',

  'source.mark.describe': '{title}: {status}',
  'source.mark.also': 'These words also belong to: {titles}',
  'source.paragraph.commitments':
    '{count, plural, one {# tracked item} other {# tracked items}} in this paragraph',
}
