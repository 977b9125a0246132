/**
 * jsdom does no layout: every element has a null offsetParent and <body> measures 0×0, so Fluent's
 * keyboard navigation (tabster) takes every element for hidden and arrow keys move nothing. Give the
 * tests a minimal layout so the real arrow-key handling runs, as it does in a browser.
 */
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement) {
    return this.parentNode;
  },
});

HTMLBodyElement.prototype.getBoundingClientRect = function () {
  return { x: 0, y: 0, top: 0, left: 0, right: 320, bottom: 640, width: 320, height: 640, toJSON: () => ({}) } as DOMRect;
};

export {};
