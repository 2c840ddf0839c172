import type { GovernmentLevel } from '../schema/document'

/**
 * A guess of a body's tier from its name, for the official to confirm: the last administrative
 * unit it names decides ("镇康县交通运输局" is a county's bureau though 镇 comes first;
 * "重庆市巴南区圣灯山镇人民政府" a town's government). A county-level city (文山市) reads as a
 * prefecture: the name alone cannot tell them apart, which is why it is only a guess.
 */
const MARKERS: Array<[RegExp, GovernmentLevel]> = [
  [/国务院|国家|中央/g, 'national'],
  [/自治区|省|厅/g, 'province'],
  // 市场 (market regulation) and 市政 (municipal works) are not a city.
  [/自治州|市(?![场政])|州|盟/g, 'prefecture'],
  // 社区, 园区 and 景区 are places inside a county, not one.
  [/自治县|县|(?<![社园景])区|旗/g, 'county'],
  // 乡村 (rural, as in 乡村振兴局) and 城乡 (urban and rural) are not a township.
  [/街道|(?<!城)镇|(?<!城)乡(?!村)|苏木/g, 'township'],
]

export function guessRespondentLevel(name: string): GovernmentLevel | undefined {
  let best: { at: number; level: GovernmentLevel } | undefined
  for (const [pattern, level] of MARKERS) {
    for (const found of name.matchAll(pattern)) {
      const at = found.index + found[0].length
      if (!best || at > best.at) best = { at, level }
    }
  }
  if (best) return best.level
  return /部$/.test(name) ? 'national' : undefined
}
