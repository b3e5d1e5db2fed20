/// <reference lib="dom" />
import type { Story } from '../../../../store/archive.js'
import { api } from '../api.js'
import { bdi, day, h, navLink } from '../dom.js'
import { t } from '../i18n.js'
import type { PageContext } from '../main.js'

function storyCard(story: Story, open: boolean): HTMLElement {
  const s = t()
  const rep = story.representative
  return h(
    'li',
    { class: 'story', 'data-story': story.id },
    h('h2', {}, navLink(`/stories/${story.id}`, rep.title ?? s.untitled)),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'size' }, s.storySize(story.size)),
      ' · ',
      day(story.first),
      story.last && story.last.slice(0, 10) !== story.first?.slice(0, 10) ? [' – ', day(story.last)] : null,
    ),
    h('ul', { class: 'chips outlets', 'aria-label': s.outlets }, story.outlets.map((o) => h('li', {}, bdi(o)))),
    h(
      'details',
      { open },
      h('summary', {}, s.members),
      h(
        'ol',
        { class: 'members' },
        story.members.map((m) =>
          h('li', {}, navLink(`/articles/${encodeURIComponent(m.id)}`, m.title ?? s.untitled), ' ', h('span', { class: 'meta' }, m.outlet ? bdi(m.outlet) : null, ' ', day(m.published), ` · ${s.similarity} ${m.similarity}`)),
        ),
      ),
    ),
  )
}

/** `/stories?cursor=`: stories biggest first, then most recent. */
export async function renderStories({ main, query }: PageContext): Promise<void> {
  const s = t()
  const page = await api.stories({ limit: 20, cursor: query.get('cursor') ?? undefined })
  main.append(h('h1', {}, s.stories), h('p', { class: 'count' }, s.storiesTotal(page.total)), h('ol', { class: 'stories' }, page.stories.map((x) => storyCard(x, false))))
  const pager = h('nav', { class: 'pager' })
  if (query.get('cursor')) pager.append(navLink('/stories', s.firstPage))
  if (page.next_cursor) pager.append(h('a', { href: `/stories?cursor=${encodeURIComponent(page.next_cursor)}`, 'data-nav': true, rel: 'next', class: 'next' }, s.nextPage))
  main.append(pager)
}

/** `/stories/:id`: one story with all its articles. */
export async function renderStory({ main }: PageContext, id: string): Promise<void> {
  const story = await api.story(id)
  main.append(h('ol', { class: 'stories' }, storyCard(story, true)))
}
