"""Runs a command on a pseudo-terminal of its own, as a person at a terminal runs it.

    terminal.py PROMPT ANSWER COMMAND [ARG...]

stdin, stdout and stderr of COMMAND are the terminal. Once what it shows contains PROMPT, ANSWER
is typed, followed by Enter. Prints {"code": exit code, "output": what the terminal showed} as
JSON when COMMAND has ended.
"""
import json
import os
import pty
import sys

prompt, answer, command = sys.argv[1].encode(), sys.argv[2], sys.argv[3:]
pid, terminal = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

shown = b""
answered = False
while True:
    try:
        chunk = os.read(terminal, 65536)
    except OSError:  # EIO: the command has ended and its side of the terminal is closed
        break
    if not chunk:
        break
    shown += chunk
    if not answered and prompt in shown:
        os.write(terminal, f"{answer}\r".encode())
        answered = True

_, status = os.waitpid(pid, 0)
print(json.dumps({"code": os.waitstatus_to_exitcode(status), "output": shown.decode(errors="replace")}))
