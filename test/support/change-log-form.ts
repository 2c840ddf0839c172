import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/**
 * Fills the review's change-log form as an official does before publishing: the name of who
 * records it (an illustrative one unless given) and, when asked, a reason per verdict change.
 */
export async function recordPublishAs(
  user: UserEvent,
  name = '示例记录人',
  reasons: Array<[RegExp, string]> = [],
): Promise<void> {
  await user.type(await screen.findByLabelText('记录人'), name)
  for (const [label, reason] of reasons) {
    await user.type(screen.getByRole('textbox', { name: label }), reason)
  }
}
