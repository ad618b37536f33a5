// What a capture of Comptoir's own window pre-redacts, in CSS pixels from the window's top
// left (the shell turns them into capture pixels: × scale + window position):
// - the fields marked `data-sensitive="iban|card|email|token"`, always;
// - every other text shown (text nodes, input and textarea values) as a candidate with its
//   text: the engine's redactor keeps those it flags (an e-mail typed in the description, the
//   addresses of a user list, an IBAN in a payment method), with the kind it found.
import type { Sensitive, SensitiveBox } from "../../../lib/bindings";

const KINDS: readonly Sensitive[] = ["iban", "card", "email", "token"];
/** Shorter texts hold nothing the redactor flags (an e-mail is `a@b.ch` at least). */
const MIN_TEXT = 5;

function onScreen(r: DOMRect): boolean {
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
}

function box(kind: Sensitive, r: DOMRect, text?: string): SensitiveBox {
  const b: SensitiveBox = { kind, x: r.left, y: r.top, width: r.width, height: r.height };
  if (text !== undefined) b.text = text;
  return b;
}

export function sensitiveBoxes(root: ParentNode = document): SensitiveBox[] {
  const boxes: SensitiveBox[] = [];
  for (const el of root.querySelectorAll<HTMLElement>("[data-sensitive]")) {
    const kind = el.dataset.sensitive as Sensitive;
    if (!KINDS.includes(kind)) continue;
    const r = el.getBoundingClientRect();
    if (onScreen(r)) boxes.push(box(kind, r));
  }
  return boxes;
}

/** The box a text node is drawn in (its parent's where the DOM has no range boxes). */
function textRect(node: Text): DOMRect | null {
  const range = document.createRange();
  range.selectNodeContents(node);
  if (typeof range.getBoundingClientRect === "function") return range.getBoundingClientRect();
  return node.parentElement?.getBoundingClientRect() ?? null;
}

/** Every text on screen outside the marked fields, as a candidate for the redactor. */
export function contentBoxes(root: HTMLElement = document.body): SensitiveBox[] {
  const boxes: SensitiveBox[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? "";
    const parent = n.parentElement;
    if (text.trim().length < MIN_TEXT || !parent) continue;
    // Marked fields go whole; a textarea's child is its initial value, not what it shows.
    if (parent.closest("[data-sensitive], script, style, textarea, [hidden]")) continue;
    const r = textRect(n as Text);
    if (r && onScreen(r)) boxes.push(box("token", r, text));
  }
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")) {
    if (el instanceof HTMLInputElement && ["hidden", "checkbox", "radio", "file", "button", "submit", "range", "color"].includes(el.type)) {
      continue;
    }
    if (el.value.trim().length < MIN_TEXT || el.closest("[data-sensitive]")) continue;
    const r = el.getBoundingClientRect();
    if (onScreen(r)) boxes.push(box("token", r, el.value));
  }
  return boxes;
}

/** What a capture of the window sends: the marked fields and the content candidates. */
export function screenBoxes(): SensitiveBox[] {
  return [...sensitiveBoxes(), ...contentBoxes()];
}
