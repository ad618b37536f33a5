// The on-screen boxes of the fields Comptoir knows to be sensitive (marked with
// `data-sensitive="iban|card|email|token"`), in CSS pixels from the window's top left. The shell
// turns them into capture pixels (× scale + window position) and pre-redacts them.
import type { Sensitive, SensitiveBox } from "../../../lib/bindings";

const KINDS: readonly Sensitive[] = ["iban", "card", "email", "token"];

export function sensitiveBoxes(root: ParentNode = document): SensitiveBox[] {
  const boxes: SensitiveBox[] = [];
  for (const el of root.querySelectorAll<HTMLElement>("[data-sensitive]")) {
    const kind = el.dataset.sensitive as Sensitive;
    if (!KINDS.includes(kind)) continue;
    const r = el.getBoundingClientRect();
    const visible = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0;
    if (visible && r.top < window.innerHeight && r.left < window.innerWidth) {
      boxes.push({ kind, x: r.left, y: r.top, width: r.width, height: r.height });
    }
  }
  return boxes;
}
