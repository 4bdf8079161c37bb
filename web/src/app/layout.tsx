import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import 'uplot/dist/uPlot.min.css';
import './globals.css';
import { apiUrlFromEnv, serverApiUrlFromEnv } from '@/lib/config';
import { AuthProvider } from '@/lib/auth';
import { LiveProvider } from '@/lib/live';
import { fetchSession, loginUrl, safeNext } from '@/lib/session';
import { parkCookie } from '@/lib/ssr-cookie';
import { Shell } from '@/components/Shell';

export const metadata: Metadata = {
  title: 'Stevedore',
  description: 'Live operator dashboard for Stevedore',
};
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };
// The API address is read per request, so one build serves any environment.
export const dynamic = 'force-dynamic';

/** Applies the saved theme (or the system's) before first paint: no flash of the wrong theme. */
const themeScript = `(function(){try{var t=localStorage.getItem('stevedore-theme');if(t!=='dark'&&t!=='light'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})()`;

/**
 * Asks the API who the visitor is (with their cookie) before anything renders: signed out with
 * access control on → /login?next=<this page>; signed in on /login → where `next` points.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const apiUrl = apiUrlFromEnv();
  const h = await headers();
  const cookie = h.get('cookie');
  const path = h.get('x-stevedore-path') ?? '/';
  const url = new URL(path, 'http://dashboard.invalid');
  const onLogin = url.pathname === '/login';
  const session = await fetchSession(serverApiUrlFromEnv(), cookie);
  const signedOut = !session.me && session.authEnabled && !session.error;
  if (signedOut && !onLogin) redirect(loginUrl(path));
  if (onLogin && session.me && session.authEnabled) redirect(safeNext(url.searchParams.get('next')));
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <AuthProvider apiUrl={apiUrl} initial={session}>
          <LiveProvider
            apiUrl={apiUrl}
            cookieKey={session.me ? parkCookie(cookie) : null}
            live={!onLogin && !signedOut}
          >
            <Shell apiUrl={apiUrl}>{children}</Shell>
          </LiveProvider>
        </AuthProvider>
      </body>
    </html>
  );
}
