// Opens a URL in the default browser when there is a desktop to open it on; silently does nothing otherwise.
import { spawn } from 'node:child_process';

function opener(url) {
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '', url]];
  if (process.platform === 'darwin') return ['open', [url]];
  // Linux: only with a graphical session; on a server xdg-open would print errors instead.
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return ['xdg-open', [url]];
  return null;
}

export function openInBrowser(url) {
  const command = opener(url);
  if (!command) return false;
  try {
    const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
