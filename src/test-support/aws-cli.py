"""Runs AWS CLI commands in one Python process, one JSON line in and one out per command.

Each command gets a fresh CLI driver (and botocore session) under the environment it was given,
exactly as `aws ARGS` would run it, without starting an interpreter and importing the CLI for
every call: the tests make hundreds of calls, and that start-up was most of their cost.
"""
import contextlib
import io
import json
import os
import sys

from awscli.clidriver import create_clidriver

protocol = sys.stdout
for line in sys.stdin:
    request = json.loads(line)
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(request["env"])
    # Set by awscli on import: where the CLI finds its own command data.
    os.environ["AWS_DATA_PATH"] = saved["AWS_DATA_PATH"]
    out, err = io.BytesIO(), io.BytesIO()
    out_text = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    err_text = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    try:
        with contextlib.redirect_stdout(out_text), contextlib.redirect_stderr(err_text):
            try:
                code = create_clidriver().main(request["args"])
            except SystemExit as exit:
                code = exit.code if isinstance(exit.code, int) else 1
    finally:
        os.environ.clear()
        os.environ.update(saved)
    out_text.flush()
    err_text.flush()
    protocol.write(json.dumps({
        "code": code or 0,
        "stdout": out.getvalue().decode("utf-8", "replace"),
        "stderr": err.getvalue().decode("utf-8", "replace"),
    }) + "\n")
    protocol.flush()
