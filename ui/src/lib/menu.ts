// The WAI-ARIA menu button pattern for row menus, as a Svelte action on the `role=menu` element:
// focus moves to the first item when the menu opens; arrows, Home and End move between items;
// Escape, Tab and a click outside close it; focus returns to the button that opened it.
export interface MenuOptions {
  /** Closes the menu (the component removes it). */
  onclose: () => void;
}

export function menu(node: HTMLElement, options: MenuOptions) {
  let opts = options;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const items = () => [...node.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')];
  const close = (refocus: boolean) => {
    opts.onclose();
    if (refocus && opener?.isConnected) opener.focus();
  };
  items()[0]?.focus();

  function onkeydown(e: KeyboardEvent) {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => {
      all[(i + all.length) % all.length]?.focus();
      e.preventDefault();
    };
    switch (e.key) {
      case "ArrowDown":
        return move(at + 1);
      case "ArrowUp":
        return move(at - 1);
      case "Home":
        return move(0);
      case "End":
        return move(all.length - 1);
      case "Escape":
        e.preventDefault();
        e.stopPropagation();
        return close(true);
      case "Tab":
        return close(false);
    }
  }
  function onpointerdown(e: PointerEvent) {
    const target = e.target as Node;
    if (!node.contains(target) && !opener?.contains(target)) close(false);
  }
  // Choosing an item hands focus back to the button first, so a dialog the item opens returns
  // focus there when it closes (the item itself is gone by then).
  function onclick(e: MouseEvent) {
    if ((e.target as HTMLElement).closest('[role="menuitem"]') && opener?.isConnected) opener.focus();
  }
  node.addEventListener("keydown", onkeydown);
  node.addEventListener("click", onclick);
  document.addEventListener("pointerdown", onpointerdown, true);
  return {
    update(next: MenuOptions) {
      opts = next;
    },
    destroy() {
      node.removeEventListener("keydown", onkeydown);
      node.removeEventListener("click", onclick);
      document.removeEventListener("pointerdown", onpointerdown, true);
    },
  };
}

/** Shift+F10 or the context-menu key on a row opens its menu (the keyboard's right click). */
export function isMenuKey(e: KeyboardEvent): boolean {
  return (e.key === "F10" && e.shiftKey) || e.key === "ContextMenu";
}
