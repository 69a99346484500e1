// The sidebar's DOM helper over a tiny fake document that throws on any HTML parsing, so a
// script-bearing cell text can only ever become a text node.

import { append, h, replace } from '../../src/sidebar/dom';

const HOSTILE = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
];

class FakeNode {
  childNodes: FakeNode[] = [];
  parentNode: FakeNode | null = null;

  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }

  appendChild(child: FakeNode): FakeNode {
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }

  removeChild(child: FakeNode): FakeNode {
    this.childNodes = this.childNodes.filter((node) => node !== child);
    child.parentNode = null;
    return child;
  }
}

class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
}

class FakeElement extends FakeNode {
  attributes = new Map<string, string>();
  listeners = new Map<string, unknown>();
  value = '';

  constructor(readonly tagName: string) {
    super();
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  addEventListener(type: string, listener: unknown): void {
    this.listeners.set(type, listener);
  }

  set innerHTML(_html: string) {
    throw new Error('innerHTML must never be used');
  }

  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML must never be used');
  }
}

/** Tag name of the `<input>` the fake gives `value` to, as a browser does. */
class FakeInput extends FakeElement {}

const fakeDocument = {
  createElement: (tag: string) => (tag === 'input' ? new FakeInput(tag) : new FakeElement(tag)),
  createTextNode: (data: string) => new FakeText(data),
  write: () => {
    throw new Error('document.write must never be used');
  },
  createRange: () => {
    throw new Error('Range.createContextualFragment must never be used');
  },
};

beforeAll(() => {
  (globalThis as { document?: unknown }).document = fakeDocument;
});

afterAll(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe('h', () => {
  it.each(HOSTILE)('keeps %s as one text node with the exact characters', (text) => {
    const element = h('p', {}, text) as unknown as FakeElement;

    expect(element.tagName).toBe('p');
    expect(element.childNodes).toHaveLength(1);
    expect(element.childNodes[0]).toBeInstanceOf(FakeText);
    expect((element.childNodes[0] as FakeText).data).toBe(text);
  });

  it('sets attribute values as given, without markup', () => {
    const element = h('option', {
      value: HOSTILE[2],
      'aria-label': HOSTILE[0],
    }) as unknown as FakeElement;

    expect(element.value).toBe(HOSTILE[2]);
    expect(element.attributes.get('value')).toBe(HOSTILE[2]);
    expect(element.attributes.get('aria-label')).toBe(HOSTILE[0]);
  });

  it('refuses a string where an event handler goes', () => {
    expect(() => h('img', { onerror: 'window.__xss=1' })).toThrow(
      'Attribute onerror needs a function.',
    );
    expect(() => h('svg' as 'div', { ONLOAD: 'window.__xss=3' })).toThrow(
      'Attribute ONLOAD needs a function.',
    );
  });

  it('adds a function as a listener for the event named after "on"', () => {
    const onClick = () => undefined;
    const element = h('button', { onclick: onClick }) as unknown as FakeElement;

    expect(element.listeners.get('click')).toBe(onClick);
    expect(element.attributes.has('onclick')).toBe(false);
  });

  it('writes true as an empty attribute and leaves false, null and undefined out', () => {
    const element = h('details', {
      open: true,
      hidden: false,
      title: null,
      lang: undefined,
    }) as unknown as FakeElement;

    expect([...element.attributes.entries()]).toEqual([['open', '']]);
  });

  it('turns numbers into text and skips false, null and undefined children', () => {
    const element = h('td', {}, [7, false, null, undefined, ' items']) as unknown as FakeElement;

    expect(element.childNodes.map((node) => (node as FakeText).data)).toEqual(['7', ' items']);
  });
});

describe('append and replace', () => {
  it('replace drops the old children and adds the new ones as text', () => {
    const parent = h('div', {}, ['old', h('span')]) as unknown as FakeElement;

    replace(parent as unknown as Node, HOSTILE);

    expect(parent.childNodes.map((node) => (node as FakeText).data)).toEqual(HOSTILE);
  });

  it('append keeps nodes it is given as they are', () => {
    const parent = h('ul') as unknown as FakeElement;
    const item = h('li', {}, 'A1 Customer support');

    append(parent as unknown as Node, [item, 'after']);

    expect(parent.childNodes[0]).toBe(item);
    expect((parent.childNodes[1] as FakeText).data).toBe('after');
  });
});
