/** The session token lives in localStorage so a reload keeps you signed in; the strict CSP (no inline or foreign scripts) is what protects it. */
const KEY = 'rapport.session';
const WORKSPACE_KEY = 'rapport.workspace';

export const session = {
  token: (): string | null => localStorage.getItem(KEY),
  set(token: string) {
    localStorage.setItem(KEY, token);
  },
  clear() {
    localStorage.removeItem(KEY);
  },
  workspace: (): string | null => localStorage.getItem(WORKSPACE_KEY),
  setWorkspace(id: string) {
    localStorage.setItem(WORKSPACE_KEY, id);
  },
};
