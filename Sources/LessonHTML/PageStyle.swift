/// The style sheet inlined in every page: a reading column of about 70 characters in a book face, code in
/// the system's monospace, light and dark palettes from `prefers-color-scheme`, a sticky table of contents on
/// wide screens, and print rules (light palette, no navigation, cells kept whole, colours printed exactly).
enum PageStyle {
    static let css = """
        :root {
          color-scheme: light dark;
          --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Iowan Old Style", "Palatino Linotype", \
        "Source Serif Pro", Georgia, serif;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
          --mono: ui-monospace, "SF Mono", "Cascadia Code", "JetBrains Mono", Menlo, Consolas, "DejaVu Sans Mono", \
        "Liberation Mono", monospace;
          --bg: #fcfcfa; --fg: #1d2125; --muted: #5f6770; --rule: #dde1e6; --surface: #f3f5f7;
          --code-bg: #f5f6f8; --accent: #0a5fb4; --tag-bg: #e4eefb; --tag-fg: #0a4d94;
          --error-bg: #fff2f1; --error-rule: #cf222e; --error-fg: #7d0d15;
          --expected-bg: #f6f3ff; --expected-rule: #8250df;
          --kw: #a0309e; --ty: #0b7285; --nu: #a34e00; --st: #1a7f37; --co: #6e7781; --at: #8a5b00; --lb: #4c5661;
          --pd: #953800; --dl: #0a5fb4;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #15171b; --fg: #e3e6ea; --muted: #9aa3ad; --rule: #30353c; --surface: #1d2026;
            --code-bg: #1b1e23; --accent: #6cb6ff; --tag-bg: #1c2d44; --tag-fg: #9ccbff;
            --error-bg: #2b1618; --error-rule: #f85149; --error-fg: #ffb3ae;
            --expected-bg: #221b33; --expected-rule: #a371f7;
            --kw: #e38ee0; --ty: #66d3e4; --nu: #f0a35e; --st: #7ee2a0; --co: #8b949e; --at: #e6c06d; --lb: #b3bcc6;
            --pd: #ffa657; --dl: #6cb6ff;
          }
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 1.0625rem/1.6 var(--serif);
          font-kerning: normal; text-rendering: optimizeLegibility; hanging-punctuation: first; }
        .layout { display: grid; grid-template-columns: minmax(0, 1fr); max-width: 46rem; margin: 0 auto;
          padding: 2.5rem 1.25rem 5rem; }
        @media (min-width: 78rem) {
          .layout { max-width: none; grid-template-columns: minmax(14rem, 1fr) minmax(0, 46rem) minmax(0, 1fr);
            column-gap: 3rem; }
          .layout > main { grid-column: 2; grid-row: 1; }
          .layout > nav.toc { grid-column: 1; grid-row: 1; justify-self: end; width: min(16rem, 100%); position: sticky;
            top: 2.5rem; align-self: start; max-height: calc(100vh - 5rem); overflow: auto; margin: 0; }
        }
        main { min-width: 0; }
        header.page-head { margin-bottom: 2rem; }
        .crumbs { font: 0.85rem/1.4 var(--sans); color: var(--muted); margin: 0 0 0.75rem; }
        .crumbs a { color: var(--muted); }
        h1, h2, h3, h4, h5, h6 { font-family: var(--sans); line-height: 1.25; margin: 2em 0 0.6em;
          font-weight: 650; letter-spacing: -0.01em; text-wrap: balance; scroll-margin-top: 1rem; }
        h1 { font-size: 2.1rem; margin-top: 0.2em; letter-spacing: -0.02em; }
        h2 { font-size: 1.5rem; padding-bottom: 0.25em; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1.2rem; }
        h4, h5, h6 { font-size: 1rem; }
        p, ul, ol, blockquote, dl { margin: 0 0 1em; }
        p, li { text-wrap: pretty; }
        a { color: var(--accent); text-underline-offset: 0.15em; text-decoration-thickness: 0.06em; }
        ul, ol { padding-left: 1.5em; }
        li + li { margin-top: 0.25em; }
        blockquote { margin-left: 0; padding: 0.1em 1em; border-left: 3px solid var(--rule); color: var(--muted); }
        hr { border: 0; border-top: 1px solid var(--rule); margin: 2.5em 0; }
        img { max-width: 100%; height: auto; }
        code, pre, kbd, samp { font-family: var(--mono); font-size: 0.86em; }
        :not(pre) > code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
        pre { background: var(--code-bg); padding: 0.8em 1em; border-radius: 6px; overflow-x: auto; line-height: 1.45;
          tab-size: 4; }
        pre code { font-size: 1em; }
        nav.toc { font: 0.9rem/1.45 var(--sans); margin: 0 0 2.5rem; padding: 1rem 1.25rem;
          background: var(--surface); border-radius: 8px; }
        nav.toc .toc-title { margin: 0 0 0.5rem; font-weight: 650; text-transform: uppercase; font-size: 0.75rem;
          letter-spacing: 0.08em; color: var(--muted); }
        nav.toc ol { list-style: none; margin: 0; padding: 0; }
        nav.toc li { margin: 0.3em 0; }
        nav.toc .toc-3 { padding-left: 1em; }
        nav.toc .toc-4, nav.toc .toc-5, nav.toc .toc-6 { padding-left: 2em; }
        nav.toc a { color: var(--fg); text-decoration: none; }
        nav.toc a:hover { color: var(--accent); text-decoration: underline; }
        .tag { font: 0.8em/1 var(--sans); background: var(--tag-bg); color: var(--tag-fg); border-radius: 999px;
          padding: 0.2em 0.55em; white-space: nowrap; vertical-align: 0.08em; }
        .embed { display: block; margin: 1em 0; border-radius: 4px; }
        .embed-missing { display: inline-block; font: 0.85rem/1.4 var(--sans); color: var(--muted);
          border: 1px dashed var(--muted); border-radius: 6px; padding: 0.35em 0.7em; }
        .embed-name { font-family: var(--mono); color: var(--fg); }
        .cell { margin: 1.5em 0 1.75em; }
        .cell-head { display: flex; justify-content: flex-end; gap: 0.5em; font: 0.75rem/1.2 var(--mono);
          margin-bottom: 0.25em; }
        .cell-where { color: var(--muted); text-decoration: none; }
        .cell-where:hover { text-decoration: underline; }
        .cell-badge { font-family: var(--sans); color: var(--muted); border: 1px solid var(--rule);
          border-radius: 4px; padding: 0 0.4em; }
        pre.code { margin: 0; border-left: 3px solid var(--accent); }
        .cell-output { margin-top: 0.5em; padding-left: 1rem; border-left: 3px solid var(--rule); }
        .cell-output > * { margin: 0.5em 0; }
        pre.output { background: none; padding: 0.2em 0; border-radius: 0; }
        .kw { color: var(--kw); } .ty { color: var(--ty); } .nu { color: var(--nu); } .st { color: var(--st); }
        .co { color: var(--co); font-style: italic; } .at { color: var(--at); } .lb { color: var(--lb); }
        .pd { color: var(--pd); } .dl { color: var(--dl); }
        .error { background: var(--error-bg); border-left: 3px solid var(--error-rule); border-radius: 4px;
          padding: 0.5em 1em; }
        .error.expected { background: var(--expected-bg); border-left-color: var(--expected-rule); }
        .error-label { font: 650 0.75rem/1.4 var(--sans); text-transform: uppercase; letter-spacing: 0.08em;
          color: var(--error-rule); margin: 0 0 0.25em; }
        .error.expected .error-label { color: var(--expected-rule); }
        .error pre { background: none; padding: 0; margin: 0; color: var(--error-fg); white-space: pre-wrap; }
        .error.expected pre { color: var(--fg); }
        figure { margin: 0; }
        figure.image { display: inline-block; text-align: center; }
        figure.image figcaption { font: 0.85rem/1.3 var(--sans); margin-bottom: 0.3em; }
        img.pixelated { image-rendering: crisp-edges; image-rendering: pixelated; display: block; margin: 0 auto; }
        .image-grid { display: grid; gap: 0.75rem 1rem; align-items: end; overflow-x: auto; }
        figure.plot svg { display: block; max-width: 100%; height: auto; font-family: var(--sans); }
        figure.plot .legend rect { fill: var(--bg); fill-opacity: 0.85; stroke: var(--rule); }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; font-family: var(--sans); font-variant-numeric: tabular-nums; }
        table.pixels { font-size: 0.75rem; line-height: 1.2; }
        table.pixels th { color: var(--muted); font-weight: 600; padding: 0.15em 0.4em; text-align: right; }
        table.pixels td { padding: 0.15em 0.4em; text-align: right; }
        table.training { font-size: 0.85rem; }
        table.training th, table.training td { padding: 0.3em 0.9em; text-align: left; border-bottom: 1px solid \
        var(--rule); }
        table.training th { font-weight: 650; border-bottom-width: 2px; }
        .render-problem { color: var(--error-fg); font: 0.85rem var(--sans); }
        .index-list { list-style: none; padding: 0; }
        .index-list li { display: flex; gap: 1em; align-items: baseline; justify-content: space-between;
          border-bottom: 1px solid var(--rule); padding: 0.6em 0; margin: 0; }
        .index-list .lesson-path { font: 0.8rem var(--mono); color: var(--muted); }
        .status { font: 600 0.75rem/1.4 var(--sans); border-radius: 999px; padding: 0.15em 0.6em; white-space: nowrap; }
        .status.clean { background: #dafbe1; color: #116329; }
        .status.failed { background: var(--error-bg); color: var(--error-rule); }
        @media (prefers-color-scheme: dark) { .status.clean { background: #12301c; color: #7ee2a0; } }
        @media print {
          :root { --bg: #fff; --fg: #000; --muted: #555; --rule: #ccc; --code-bg: #f6f6f6; --surface: #f6f6f6;
            --accent: #000; --kw: #7a1f78; --ty: #0b5a68; --nu: #7a3b00; --st: #125e29; --co: #555; }
          body { font-size: 10.5pt; }
          .layout { display: block; max-width: none; padding: 0; }
          nav.toc, .crumbs { display: none; }
          a { color: inherit; text-decoration: none; }
          pre { white-space: pre-wrap; overflow-wrap: anywhere; }
          .cell, figure, table, .error { break-inside: avoid; }
          h1, h2, h3, h4 { break-after: avoid; }
          img, svg, table.pixels, .tag, .error, .status { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }
        """
}
