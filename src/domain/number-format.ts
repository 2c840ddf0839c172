/**
 * A shared Intl.NumberFormat per locale and options. Creating one costs far more than formatting
 * with it, and the first screen formats hundreds of figures.
 */
const formats = new Map<string, Intl.NumberFormat>()

export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    formats.set(key, format)
  }
  return format
}
