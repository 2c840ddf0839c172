import type { faults as zh } from '../zh-cn/faults'

export const faults: Record<keyof typeof zh, string> = {
  'faults.problem.http-404':
    'the server has no such file (HTTP 404): check the path in index.json and that the file was copied to the server',
  'faults.problem.http-5xx': 'the server failed for now (HTTP {status}); try again later',
  'faults.problem.timeout': 'the server did not send the whole file within {seconds} s',
  'faults.problem.truncated-response': 'the connection broke: only part of the file arrived',
  'faults.problem.not-utf8':
    'the file is not UTF-8 (perhaps saved as GBK), so Chinese text would be garbled: save it as UTF-8',
  'faults.problem.circular-reference':
    '"{id}" is, through partOf, a part of itself (a circular reference)',
  'faults.schema.int': 'must be a whole number, without decimals',
  'faults.schema.invisible-character':
    'contains the invisible control character {char} (at character {position}): such characters can change the order text is shown in, so it is not shown',
  'faults.schema.reserved-id': '"constructor" and "prototype" are reserved words and cannot be ids',
  'faults.schema.deadline-before-baseline':
    'the deadline {deadline} is before the baseline date {baseline}: a target is measured from its baseline to its deadline, so one of the dates is wrong',
  'faults.schema.partial-date':
    'the date “{value}” is not valid: write a real day (2023-06-19), a month (2023-06) or a year (2023)',
  'faults.schema.measure-needs-unit':
    'this figure is in a unit of measure (unit "measure"): name the unit in unitName, e.g. "公里"',
  'faults.schema.unit-name-without-measure':
    'unitName is only for units of measure (unit "measure"); money, counts, people and percentages need none',
  'faults.schema.date-source-without-date':
    'dateSource says where the date comes from, but there is no date: add the date or remove dateSource',
  'faults.schema.newer-contract':
    'this data is written for a newer version of the data contract; this tracker reads up to version {max}: update the tracker, or export the data for version {max}',
  'faults.schema.duplicate-id': 'id "{id}" is used twice',
  'faults.schema.url-credentials':
    'the link contains a user name (the part before "@"), which can disguise the site it goes to, so it is not shown',
  'faults.schema.unchecked': 'nested too deeply or too large to check',
  'faults.format.date': 'not a real date in the form YYYY-MM-DD',
  'faults.format.url':
    'not a valid link: only addresses starting with http:// or https:// are accepted',
  'faults.format.id': 'not a valid id: lowercase letters, digits and single dashes only',
  'faults.format.relative-path':
    'not a valid path: use a relative path such as km-153005/document.json',
  'faults.repair.fieldDropped': ' (this field is left out; everything else is shown)',

  'faults.loading.waiting': 'Still waiting for the server to send: {files}',
  'faults.loading.elapsed': 'waiting for {seconds} s',
  'faults.loading.retrying': '{problem}. Trying again (attempt {attempt})…',

  'faults.widget.code':
    'The program code for this part could not be downloaded (the network may be down). Everything else is shown; reload the page once the network is back.',
  'faults.widget.reload': 'Reload the page',

  'faults.stale.offline': 'Offline: showing data fetched at {time}',
  'faults.stale.failed': 'Could not update the data: showing data fetched at {time}',
  'faults.stale.files': 'Not updated: {files}',
  'faults.stale.retry': 'Fetch the data again',

  // Quotes that do not occur in their letter's full text (the rows' quote check).
  'faults.quote.title':
    'Quote check ({count, plural, one {# problem} other {# problems}}): quotes in the data that are not in the letter’s full text',
  'faults.quote.notFound':
    '{letter}, commitment {id} (“{title}”): the quote recorded in the data, “{quote}”, is not in the full text of that letter: check commitments.json against the letter.',
  'faults.quote.letterNumbered': 'The reply to {number} ({id})',
  'faults.quote.letterTitled': 'The letter “{title}” ({id})',
  'faults.quote.open': 'Open this commitment',
}
