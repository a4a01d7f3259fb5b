import Link from 'next/link';
import { ThemeToggle } from './ThemeToggle';

/** The bar above every page: the Parley mark, linking home. */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface/70 print:hidden">
      <div className="mx-auto flex max-w-[1400px] items-center justify-between px-4 py-3 sm:px-6">
        <Link href="/" className="group inline-flex items-baseline gap-2 text-ink no-underline">
          <span className="font-serif text-xl font-semibold tracking-tight">Parley</span>
          <span className="hidden text-xs text-muted sm:inline">citable peace-process timelines</span>
        </Link>
        <div className="flex items-center gap-3 sm:gap-5">
          <Link href="/open" className="text-sm font-medium text-ink underline decoration-line underline-offset-4 hover:decoration-ink">
            Open a timeline
          </Link>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
