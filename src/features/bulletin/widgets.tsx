import { paths } from '../../lib/router/routes'
import type { ViewWidget } from '../../lib/ui/widget-registry'
import { BulletinWidget } from './bulletin-widget'

/** The bulletin as an embeddable widget (`?embed=bulletin`), its title an h2 raised to h1. */
export const bulletinWidgets = [
  {
    id: 'bulletin',
    titleKey: 'bulletin.title',
    descriptionKey: 'bulletin.embed.description',
    route: paths.bulletin(),
    raise: 1,
    render: (data) => <BulletinWidget data={data} />,
  },
] as const satisfies readonly ViewWidget[]
