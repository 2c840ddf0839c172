/**
 * Serialises a data file the way the shipped files are written (Prettier's JSON style with a
 * 100-column width): two-space indentation, every object expanded one key per line, an array of
 * plain values on one line when it fits and one value per line when it does not, and a final
 * newline. Files the desk writes then differ from hand-edited ones only where the data differs,
 * so a reviewer's `diff` shows the change and nothing else.
 */
export const PRINT_WIDTH = 100

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export function formatDataJson(value: unknown): string {
  return `${print(value as Json, 0, '', '')}\n`
}

/** `prefix` is what precedes the value on its line ("\"key\": "), `suffix` what follows (","). */
function print(value: Json, depth: number, prefix: string, suffix: string): string {
  const indent = '  '.repeat(depth)
  const inner = '  '.repeat(depth + 1)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every(isPlain)) {
      const oneLine = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
      if (indent.length + prefix.length + oneLine.length + suffix.length <= PRINT_WIDTH) {
        return oneLine
      }
    }
    const items = value.map(
      (item, i) => `${inner}${print(item, depth + 1, '', i < value.length - 1 ? ',' : '')}`,
    )
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    if (entries.length === 0) return '{}'
    const lines = entries.map(([key, item], i) => {
      const head = `${JSON.stringify(key)}: `
      const tail = i < entries.length - 1 ? ',' : ''
      return `${inner}${head}${print(item, depth + 1, head, tail)}`
    })
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}

function isPlain(value: Json): boolean {
  return value === null || typeof value !== 'object'
}
