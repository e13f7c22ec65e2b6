"""Headless Chromium driven through its DevTools protocol over a pipe (--remote-debugging-pipe: commands on the
browser's descriptor 3, answers and events on its descriptor 4, each message ended by NUL). Standard library only.

    browser = Browser("/usr/bin/chromium", "/tmp/profile")
    browser.open("http://127.0.0.1:8000/x.html")
    browser.wait_until("window.lessonPreview && lessonPreview.finished >= 1")
    browser.evaluate("document.title")
"""
import base64
import json
import os
import select
import subprocess
import time


class Browser:
    def __init__(self, chromium, profile, width=1100, height=900):
        to_browser, self._commands = os.pipe()
        self._answers, from_browser = os.pipe()

        def descriptors():
            # Out of the way first, so that the two copies cannot clobber each other.
            os.dup2(to_browser, 100)
            os.dup2(from_browser, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run",
             "--remote-debugging-pipe", f"--user-data-dir={profile}", f"--window-size={width},{height}",
             "--hide-scrollbars", "about:blank"],
            close_fds=False, preexec_fn=descriptors, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self._session = None

    def close(self):
        self.process.kill()
        self.process.wait()
        os.close(self._commands)
        os.close(self._answers)

    def open(self, url):
        target = self._call("Target.createTarget", {"url": url})
        attached = self._call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})
        self._session = attached["sessionId"]

    def evaluate(self, expression):
        answer = self._call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, in_page=True)
        if "exceptionDetails" in answer:
            raise RuntimeError(f"{expression}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def wait_until(self, condition, timeout=300, poll=0.005):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.evaluate(f"!!({condition})"):
                return
            time.sleep(poll)
        raise TimeoutError(condition)

    def screenshot(self, path, clip=None):
        parameters = {"format": "png", "captureBeyondViewport": True}
        if clip:
            parameters["clip"] = dict(clip, scale=1)
        shot = self._call("Page.captureScreenshot", parameters, in_page=True)
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))

    def _call(self, method, parameters, in_page=False):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": parameters}
        if in_page:
            message["sessionId"] = self._session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            answer = json.loads(self._message())
            if answer.get("id") != self._next_id:
                continue
            if "error" in answer:
                raise RuntimeError(f"{method}: {answer['error']}")
            return answer.get("result", {})

    def _message(self):
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._answers], [], [], 120)
            if not ready:
                raise TimeoutError("no answer from the browser")
            chunk = os.read(self._answers, 1 << 20)
            if not chunk:
                raise EOFError("the browser closed its pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return message
