import type { ReactNode } from 'react'
import type { Language } from '../../domain/language'
import type { SourceDocument } from '../../domain/schema/document'
import type { Dashboard } from '../data/use-dashboard'
import type { MessageKey, Translate } from '../i18n/translate'

/**
 * A feature's widgets as data. Each feature says which of its parts can stand alone (an id, a
 * title and how to draw it from the dashboard's data); src/app composes them into the embed
 * root, so the embed feature draws any widget without importing another feature's components.
 */

/** A widget that exists once per view: `targets`, `status`, `funding-gap`, … */
export interface ViewWidget<Id extends string = string> {
  id: Id
  titleKey: MessageKey
  /** One line on what it shows, in the list of widgets that can be embedded. */
  descriptionKey: MessageKey
  /** The dashboard route that shows it in context: an embed links back there. */
  route: string
  /**
   * How many heading levels its headings move up when it stands alone (its title becomes the
   * page's h1): 2 for a widget written as an h3, 1 for a section written as an h2.
   */
  raise: number
  render: (data: Dashboard) => ReactNode
}

/** What an item widget needs besides the data: the reader's language, for the item's title. */
export interface WidgetLocale {
  t: Translate
  lang: Language
}

/** A widget that exists once per item (a commitment, a funding line): `<prefix><item id>`. */
export interface ItemWidget {
  /** The widget for one item, or null when no such item is known on the view's date. */
  find: (data: Dashboard, itemId: string, locale: WidgetLocale) => FoundWidget | null
}

export interface FoundWidget {
  /** The item's own title, in the reader's language. */
  title: string
  route: string
  /** The letters it draws on; the view's letters when absent. */
  documents?: readonly SourceDocument[]
  /** Its newest evidence date (null: none); the view's when absent. */
  newestEvidence?: string | null
  raise: number
  render: () => ReactNode
}
