import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { intlWarmupScript } from '../../src/lib/intlWarmup.ts';

/*
 * What the built page's <head> asks for while the HTML is parsed, before any of the app's code runs (issue 12.3):
 * the basemap, the map's code, the fonts, and the Intl warm-up. Each round trip saved is the reader's latency to the
 * host (300 ms over a VPN or a mobile link); `npm run bench:app -- --latency 300` measures it.
 */

/**
 * No waterfall (issue 12.3): the basemap starts downloading while the HTML is parsed, beside the dataset, instead of
 * after the app's code has run and asked for it; basemap.ts's fetch of the same URL takes the download over.
 */
export function preloadBasemap(): Plugin {
  return {
    name: 'rasd-preload-basemap',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: './basemap/base.json', as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        },
      ],
    },
  };
}

/**
 * The map's code downloads while the HTML is parsed, beside the data: main.tsx asks for it at boot, but only once the
 * app's own code has arrived and run, a round trip later (300 ms over a distant link). A `preload`, not a
 * `modulepreload`: fetched, not compiled ahead of the app's own code. `npm run budget` counts the entry and its
 * modulepreloads; the map's code is loaded before the marks in any case, now only sooner.
 */
export function preloadMapCode(): Plugin {
  return {
    name: 'rasd-preload-map-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        // A chunk and every chunk it imports statically: what the browser fetches before it can run it.
        const withImports = (fileName: string, into = new Set<string>()): Set<string> => {
          if (into.has(fileName)) return into;
          into.add(fileName);
          for (const next of byFile.get(fileName)?.imports ?? []) withImports(next, into);
          return into;
        };
        const entry = chunks.find((c) => c.isEntry);
        const map = chunks.find((c) => c.facadeModuleId?.endsWith('/features/map/MapPanel.tsx'));
        if (!entry || !map) return [];
        const initial = withImports(entry.fileName);
        return [...withImports(map.fileName)]
          .filter((file) => !initial.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'script', crossorigin: true },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * The Arabic face (and its Latin digits) start downloading while the HTML is parsed: found only once the stylesheet
 * applies to text, they arrived after the dashboard's first layout, and swapping them in laid the page out again
 * (about 100 ms of main thread at the time the marks are being drawn).
 */
export function preloadFonts(): Plugin {
  return {
    name: 'rasd-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => /noto-naskh-arabic-(arabic|latin)-(400|700)-normal-[^/]*\.woff2$/.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          })),
    },
  };
}

/**
 * The Intl and storage warm-up (src/lib/intlWarmup.ts) as a small classic script, `async`: it runs as soon as it
 * arrives, while the app's modules are still downloading, and holds nothing up. A file, not inline: the CSP allows
 * no inline script. Its name carries its content's hash, like the app's own files.
 */
export function warmIntl(): Plugin {
  const source = intlWarmupScript();
  const fileName = `assets/warm-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
  return {
    name: 'rasd-warm-intl',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      // Before the module scripts (asked for first, so it arrives first) and after the CSP, which then covers it.
      handler: (html) => html.replace('<title>', `<script src="./${fileName}" async></script>\n    <title>`),
    },
  };
}
