/**
 * Says something to screen-reader users without moving their focus, through the shell's polite live
 * region (for example "12 more loaded"). Emptying the region first makes a repeated message heard again.
 */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) {
    return;
  }
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
