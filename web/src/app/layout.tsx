import type { Metadata, Viewport } from 'next';
import 'uplot/dist/uPlot.min.css';
import './globals.css';
import { apiUrlFromEnv } from '@/lib/config';
import { LiveProvider } from '@/lib/live';
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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const apiUrl = apiUrlFromEnv();
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <LiveProvider apiUrl={apiUrl}>
          <Shell apiUrl={apiUrl}>{children}</Shell>
        </LiveProvider>
      </body>
    </html>
  );
}
