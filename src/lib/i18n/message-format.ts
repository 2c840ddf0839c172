/**
 * A small subset of ICU MessageFormat, enough for this app's messages:
 *
 *   `{name}`                                         the parameter as given (plain text)
 *   `{count, plural, one {# item} other {# items}}`  a form chosen by Intl.PluralRules for the
 *                                                    language; `=0` / `=1` … match exact numbers;
 *                                                    `#` is the number, formatted for the language
 *
 * Braces that start no `{name…}` are plain text, as they were before plurals existed.
 * Chinese has one plural form ("other"), so its messages stay plain `{count} 项`; English says
 * "1 commitment" and "2 commitments". Messages are parsed once and cached. A message this parser
 * cannot read is shown as written rather than breaking the page (the message tests parse every one).
 */

export type MessageNode =
  | { type: 'text'; value: string }
  | { type: 'param'; name: string }
  | { type: 'number' }
  | { type: 'plural'; name: string; branches: Record<string, MessageNode[]> }

export type MessageValues = Record<string, string | number>

export class MessageSyntaxError extends Error {}

export function parseMessage(template: string): MessageNode[] {
  const parser = new Parser(template)
  return parser.nodes(false)
}

/** The parameter names a message uses, plural selectors included, each once, sorted. */
export function messageParams(template: string): string[] {
  const names = new Set<string>()
  const visit = (nodes: MessageNode[]) => {
    for (const node of nodes) {
      if (node.type === 'param') names.add(node.name)
      if (node.type === 'plural') {
        names.add(node.name)
        Object.values(node.branches).forEach(visit)
      }
    }
  }
  visit(parseMessage(template))
  return [...names].sort()
}

/** Every plural block of a message: which parameter it counts and which forms it offers. */
export function pluralSelectors(template: string): Array<{ name: string; selectors: string[] }> {
  const found: Array<{ name: string; selectors: string[] }> = []
  const visit = (nodes: MessageNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'plural') continue
      found.push({ name: node.name, selectors: Object.keys(node.branches) })
      Object.values(node.branches).forEach(visit)
    }
  }
  visit(parseMessage(template))
  return found
}

const cache = new Map<string, MessageNode[] | null>()

/** Fills a message. Unknown `{name}`s stay visible, so a missing value is noticed, not hidden. */
export function formatMessage(template: string, values: MessageValues, locale: string): string {
  let nodes = cache.get(template)
  if (nodes === undefined) {
    try {
      nodes = parseMessage(template)
    } catch {
      nodes = null
    }
    cache.set(template, nodes)
  }
  return nodes === null ? template : render(nodes, values, locale, null)
}

function render(
  nodes: MessageNode[],
  values: MessageValues,
  locale: string,
  count: number | null,
): string {
  let out = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.value
        break
      case 'param':
        out += node.name in values ? String(values[node.name]) : `{${node.name}}`
        break
      case 'number':
        out += count === null ? '#' : new Intl.NumberFormat(locale).format(count)
        break
      case 'plural': {
        const value = Number(values[node.name])
        if (!(node.name in values) || Number.isNaN(value)) {
          out += `{${node.name}}`
          break
        }
        const branch =
          node.branches[`=${value}`] ??
          node.branches[new Intl.PluralRules(locale).select(value)] ??
          node.branches.other ??
          []
        out += render(branch, values, locale, value)
        break
      }
    }
  }
  return out
}

class Parser {
  index = 0
  constructor(private readonly source: string) {}

  fail(message: string): never {
    throw new MessageSyntaxError(`${message} at ${this.index} in "${this.source}"`)
  }

  /** Nodes up to the end, or up to the "}" closing a plural form (left for the caller). */
  nodes(inBranch: boolean): MessageNode[] {
    const nodes: MessageNode[] = []
    let text = ''
    const flush = () => {
      if (text) nodes.push({ type: 'text', value: text })
      text = ''
    }
    while (this.index < this.source.length) {
      const char = this.source[this.index]!
      if (char === '}' && inBranch) break
      // A brace that starts no placeholder ("({ … })" in a message about JSON) is text.
      if (char === '{' && /^\{\s*\w+\s*[},]/.test(this.source.slice(this.index))) {
        flush()
        nodes.push(this.placeholder())
      } else if (char === '#' && inBranch) {
        flush()
        nodes.push({ type: 'number' })
        this.index++
      } else {
        text += char
        this.index++
      }
    }
    flush()
    return nodes
  }

  private placeholder(): MessageNode {
    this.index++ // "{"
    const name = this.word()
    this.spaces()
    if (this.eat('}')) return { type: 'param', name }
    if (!this.eat(',')) this.fail('expected "}" or ","')
    this.spaces()
    if (this.word() !== 'plural') this.fail('only "plural" is supported')
    this.spaces()
    if (!this.eat(',')) this.fail('expected ","')
    const branches: Record<string, MessageNode[]> = {}
    for (;;) {
      this.spaces()
      if (this.eat('}')) break
      const selector = this.eat('=') ? `=${this.word()}` : this.word()
      this.spaces()
      if (!this.eat('{')) this.fail('expected "{" after a plural form')
      branches[selector] = this.nodes(true)
      if (!this.eat('}')) this.fail('unclosed plural form')
    }
    if (!('other' in branches)) this.fail('a plural needs an "other" form')
    return { type: 'plural', name, branches }
  }

  private word(): string {
    const match = /^\w+/.exec(this.source.slice(this.index))
    if (!match) this.fail('expected a name')
    this.index += match[0].length
    return match[0]
  }

  private spaces(): void {
    while (/\s/.test(this.source[this.index] ?? '')) this.index++
  }

  private eat(char: string): boolean {
    if (this.source[this.index] !== char) return false
    this.index++
    return true
  }
}
