import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/hrw-topic-input.js';
import type { HrwTopicInput, TopicsChangeEvent } from '../../src/components/hrw-topic-input.js';
import { settle, words } from '../exercises/fixtures.js';

afterEach(() => document.body.replaceChildren());

async function topicInput(topics: string[]) {
  const element = document.createElement('hrw-topic-input') as HrwTopicInput;
  element.topics = topics;
  const changes: string[][] = [];
  element.addEventListener('hrw-topics-change', (event: TopicsChangeEvent) => changes.push(event.topics));
  document.body.append(element);
  await settle(element);
  const root = element.shadowRoot!;
  const box = root.querySelector<HTMLInputElement>('#topic-entry')!;
  const typeIn = async (value: string) => {
    box.value = value;
    box.dispatchEvent(new Event('input'));
    await settle(element);
  };
  return { element, root, box, changes, typeIn };
}

describe('the topic chips', () => {
  it('add a topic at each comma, keep typing after it, and add the rest when the box is left', async () => {
    const { root, box, changes, typeIn, element } = await topicInput([]);
    await typeIn('Safer use,');
    expect(changes).toEqual([['safer-use']]);
    expect(box.value).toBe('');
    await typeIn('naloxone, food');
    expect(changes.at(-1)).toEqual(['safer-use', 'naloxone']);
    expect(box.value).toBe('food');
    box.dispatchEvent(new Event('blur'));
    await settle(element);
    expect(changes.at(-1)).toEqual(['safer-use', 'naloxone', 'food']);
    expect(words(root.querySelector('label'))).toBe('Topics (optional)');
    expect(root.querySelector('#topic-entry')?.getAttribute('aria-describedby')).toBe('topic-entry-hint');
  });

  it('stop at five, say why, and give the box focus after one is removed', async () => {
    const { root, box, changes, typeIn, element } = await topicInput(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(words(root.querySelector('#topic-entry-note'))).toBe('That is 5 topics, the most a post can have.');
    await typeIn('overdose,');
    expect(changes).toEqual([]);
    expect(box.value).toBe('overdose');
    expect(words(root.querySelector('#topic-entry-note'))).toBe('A post can have 5 topics. Remove one to add “overdose”.');

    const remove = [...root.querySelectorAll('.chips button')].find((button) => words(button).includes('Remove topic a3'))!;
    (remove as HTMLButtonElement).click();
    await settle(element);
    expect(changes.at(-1)).toEqual(['a1', 'a2', 'a4', 'a5']);
    expect(root.activeElement).toBe(box);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    await settle(element);
    expect(changes.at(-1)).toEqual(['a1', 'a2', 'a4', 'a5', 'overdose']);
    expect(box.value).toBe('');
  });
});
