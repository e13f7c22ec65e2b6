/// The script a previewed page loads (``path``): it follows the server's event stream and keeps the page in
/// step with the lesson file without reloading it.
///
/// - A new page replaces the shown one in place, node by node: nodes that are equal to the new ones stay (a
///   picture is not decoded again), so the reader's place in the page holds.
/// - Each cell's section gets its state (`data-preview-state`: queued, running, done, failed, skipped) and a
///   badge; a running cell shows its progress bar (fit's epochs, large loads).
/// - A problem with the saved file (or a lost connection) shows in a bar at the top.
/// - `window.lessonPreview` records the revision shown, the last finished run and a time stamp of each update
///   (`updates: [{kind, revision, at}]`, `at` in milliseconds since the epoch), for tests and benchmarks.
enum LiveScript {
    /// Where the server serves it.
    static let path = "/_preview/live.js"

    /// Where a page's event stream is: `?page=` gives the page's path.
    static let eventsPath = "/_preview/events"

    /// The script.
    static let source = #"""
        // lesson preview: keeps this page in step with the lesson file while it is edited.
        (() => {
          "use strict";
          const preview = (window.lessonPreview = { revision: 0, finished: 0, updates: [] });
          const now = () => performance.timeOrigin + performance.now();
          const stamp = (kind, revision) => preview.updates.push({ kind, revision, at: now() });
          // The nodes as the server sent them, before states and badges were added: what comparisons use.
          const pristine = new WeakMap();
          let states = [];

          const style = document.createElement("style");
          style.dataset.preview = "";
          style.textContent = `
            .preview-badge { float: right; font: 600 0.75rem system-ui, sans-serif; padding: 0.1rem 0.5rem;
              border-radius: 1rem; background: #8884; }
            section.cell[data-preview-state="queued"] > :not(.cell-head) { opacity: 0.45; }
            section.cell[data-preview-state="running"] { box-shadow: -4px 0 0 #3b82f6; }
            section.cell[data-preview-state="running"] .preview-badge { background: #3b82f6; color: white; }
            section.cell[data-preview-state="failed"] .preview-badge { background: #dc2626; color: white; }
            .preview-progress { display: flex; gap: 0.5rem; align-items: center; font: 0.8rem system-ui, sans-serif;
              margin: 0.3rem 0; }
            .preview-progress progress { flex: 1; }
            #lesson-preview-bar { position: sticky; top: 0; z-index: 10; padding: 0.5rem 1rem; display: none;
              background: #fde68a; color: #1f2937; font: 0.9rem system-ui, sans-serif; white-space: pre-wrap; }
            #lesson-preview-bar.shown { display: block; }`;
          document.head.appendChild(style);

          const bar = document.createElement("div");
          bar.id = "lesson-preview-bar";
          bar.setAttribute("role", "status");
          document.body.prepend(bar);
          let problem = null;
          let disconnected = false;
          function showBar() {
            const text = disconnected ? "The preview server stopped: this page no longer follows the file." : problem;
            bar.textContent = text || "";
            bar.classList.toggle("shown", !!text);
          }

          function original(node) { return pristine.get(node) || node; }
          function remember(node) {
            if (node.nodeType === Node.ELEMENT_NODE) pristine.set(node, node.cloneNode(true));
            return node;
          }
          function alike(live, fresh) {
            return live.nodeType === Node.ELEMENT_NODE && fresh.nodeType === Node.ELEMENT_NODE &&
              live.tagName === fresh.tagName && live.id === fresh.id;
          }

          // Makes `current`'s children those of `next`: equal nodes are kept (and moved if need be), elements alike
          // in tag and id are updated inside while `depth` allows, the rest is replaced.
          function morph(current, next, depth) {
            const old = Array.from(current.childNodes).filter((node) => node !== bar);
            const wanted = [];
            let cursor = 0;
            for (const node of Array.from(next.childNodes)) {
              let match = -1;
              for (let i = cursor; i < old.length; i++) {
                if (old[i] && original(old[i]).isEqualNode(node)) { match = i; break; }
              }
              if (match >= 0) {
                wanted.push(old[match]);
                old[match] = null;
                cursor = match + 1;
              } else if (depth > 0 && old[cursor] && alike(old[cursor], node)) {
                morph(old[cursor], node, depth - 1);
                remember(old[cursor]);
                wanted.push(old[cursor]);
                old[cursor] = null;
                cursor += 1;
              } else {
                wanted.push(remember(document.importNode(node, true)));
              }
            }
            for (const node of old) if (node) node.remove();
            wanted.forEach((node, index) => {
              const offset = current === document.body ? 1 : 0;
              const there = current.childNodes[index + offset] || null;
              if (there !== node) current.insertBefore(node, there);
            });
          }

          // The page as served is pristine: remember it before any badge goes in.
          document.querySelectorAll("article > *").forEach(remember);

          function showPage(html) {
            const next = new DOMParser().parseFromString(html, "text/html");
            document.title = next.title;
            // A placeholder page has no style of its own: take the lesson page's.
            if (!document.querySelector("head > style:not([data-preview])")) {
              const sheets = Array.from(next.querySelectorAll("head > style"), (sheet) => document.importNode(sheet, true));
              document.head.prepend(...sheets);
            }
            morph(document.body, next.body, 3);
            applyStates();
          }

          function section(index) { return document.getElementById("cell-" + (index + 1)); }

          function applyStates() {
            states.forEach((state, index) => {
              const cell = section(index);
              if (!cell) return;
              cell.dataset.previewState = state;
              let badge = cell.querySelector(":scope > .cell-head > .preview-badge, :scope > .preview-badge");
              if (!badge) {
                badge = document.createElement("span");
                badge.className = "preview-badge";
                (cell.querySelector(":scope > .cell-head") || cell).prepend(badge);
              }
              badge.textContent = state;
              if (state !== "running") cell.querySelector(":scope > .preview-progress")?.remove();
            });
          }

          function showProgress(data) {
            const cell = section(data.cell);
            if (!cell || cell.dataset.previewState !== "running") return;
            let box = cell.querySelector(":scope > .preview-progress");
            if (!box) {
              box = document.createElement("div");
              box.className = "preview-progress";
              box.append(document.createElement("span"), document.createElement("progress"));
              const head = cell.querySelector(":scope > .cell-head");
              head ? head.after(box) : cell.prepend(box);
            }
            box.firstChild.textContent = data.label;
            box.lastChild.max = Math.max(data.total, 1);
            box.lastChild.value = data.completed;
          }

          const page = location.pathname.replace(/^\//, "") || "index.html";
          const events = new EventSource("/_preview/events?page=" + encodeURIComponent(page));
          const on = (name, handle) => events.addEventListener(name, (event) => handle(JSON.parse(event.data)));
          on("page", (data) => {
            showPage(data.html);
            preview.revision = data.revision;
            document.documentElement.dataset.previewRevision = data.revision;
            stamp("page", data.revision);
          });
          on("states", (data) => {
            states = data.states;
            applyStates();
            stamp("states", data.revision);
          });
          on("progress", showProgress);
          on("problem", (data) => {
            problem = data.message;
            showBar();
            stamp("problem", data.revision);
          });
          on("finished", (data) => {
            preview.finished = data.revision;
            document.documentElement.dataset.previewFinished = data.revision;
            stamp("finished", data.revision);
          });
          events.onopen = () => { disconnected = false; showBar(); };
          events.onerror = () => { disconnected = events.readyState !== EventSource.OPEN; showBar(); };
        })();
        """#
}
