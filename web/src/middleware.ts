import { NextResponse, type NextRequest } from 'next/server';

/** Header telling the root layout which page is asked for (layouts are not told otherwise). */
export const PATH_HEADER = 'x-stevedore-path';

/** Hands the requested path (with its query) to the layout, which sends signed-out visits to /login. */
export function middleware(req: NextRequest) {
  const headers = new Headers(req.headers);
  headers.set(PATH_HEADER, req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico).*)'],
};
