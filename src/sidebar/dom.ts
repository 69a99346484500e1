// The sidebar's one way to build DOM: elements and text nodes only, so a cell's text is never read
// as HTML, however it is spelled.

export type Child = Node | string | number | null | undefined | false;

export type AttrValue = string | number | boolean | null | undefined;

/** Attributes to set; `on<event>` keys take listeners, everything else goes through setAttribute. */
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;

/** Creates `<tag>` with attributes and children; strings become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: Child | readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);

  for (const [name, value] of Object.entries(attrs)) {
    setAttr(element, name, value);
  }

  append(element, children);
  return element;
}

/** Appends children in order; false, null and undefined are skipped so callers can use `&&`. */
export function append(parent: Node, children: Child | readonly Child[]): void {
  const list: readonly Child[] = Array.isArray(children) ? children : [children as Child];
  for (const child of list) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child))
        : child,
    );
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, children: Child | readonly Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

function setAttr(element: HTMLElement, name: string, value: Attrs[string]): void {
  if (/^on/i.test(name)) {
    // A string handler would be evaluated as code: only functions are accepted.
    if (typeof value !== 'function') throw new Error(`Attribute ${name} needs a function.`);
    element.addEventListener(name.slice(2).toLowerCase(), value);
    return;
  }
  if (typeof value === 'function') throw new Error(`Attribute ${name} cannot take a function.`);
  if (value === false || value === null || value === undefined) return;

  // Form values are properties: the attribute is only the default once a person has typed.
  if (name === 'value' && 'value' in element) {
    (element as HTMLInputElement).value = String(value);
    element.setAttribute('value', String(value));
    return;
  }
  element.setAttribute(name, value === true ? '' : String(value));
}
