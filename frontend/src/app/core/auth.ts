import type Keycloak from 'keycloak-js';

/** The OIDC settings the server publishes at /api/config. */
interface ClientConfig {
  authServerUrl: string;
  realm: string;
  clientId: string;
}

let keycloak: Keycloak | undefined;

/** The key public/start.js reads. */
const LOGGED_IN = 'liaison.loggedIn';

/**
 * Logs the user in before the application starts: authorization code flow with PKCE (S256)
 * against Keycloak, as the realm requires for the SPA client. Tokens live in memory only.
 * keycloak-js is a chunk of its own, fetched while /api/config answers: it costs no extra round
 * trip and keeps the initial bundle small.
 */
export async function login(): Promise<void> {
  const [response, { default: KeycloakClient }] = await Promise.all([
    fetch('/api/config'),
    import('keycloak-js'),
  ]);
  if (!response.ok) throw new Error(`Cannot read /api/config: ${response.status}`);
  const config = (await response.json()) as ClientConfig;
  keycloak = new KeycloakClient({
    url: config.authServerUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    responseMode: 'fragment',
  });
  rememberLogin(true);
}

/** Whether this device has logged in (public/start.js shows the welcome when it has not). */
function rememberLogin(loggedIn: boolean): void {
  try {
    if (loggedIn) localStorage.setItem(LOGGED_IN, '1');
    else localStorage.removeItem(LOGGED_IN);
  } catch {
    // Storage refused: the start page shows its welcome each time, which is all it changes.
  }
}

/** A fresh access token (refreshed when it expires within 30 s), for the API calls. */
export async function accessToken(): Promise<string> {
  if (!keycloak) throw new Error('Not logged in');
  try {
    await keycloak.updateToken(30);
  } catch {
    // Offline, the token cannot be refreshed: this call fails (queued logbook entries wait)
    // rather than leaving the application for a login page that cannot load.
    if (!navigator.onLine) throw new Error('Offline: the access token cannot be refreshed');
    await keycloak.login();
  }
  return keycloak.token!;
}

/** Who is logged in: the Keycloak subject of the token (stable for a user). */
export function userSubject(): string {
  if (!keycloak?.subject) throw new Error('Not logged in');
  return keycloak.subject;
}

export function logout(): void {
  rememberLogin(false);
  void keycloak?.logout({ redirectUri: window.location.origin + '/' });
}
