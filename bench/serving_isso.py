"""Part (e) of the serving benchmark: Isso 0.14 with the same 200 comments.

Isso is installed from PyPI into a virtualenv of its own and run as its README
runs it (`isso -c FILE run`: one process), moderation on and its rate limit off.
The 200 comments are posted through its API, as readers would, and then
activated in its database (with moderation on, every new comment waits).
"""

import json
import sqlite3
from urllib.parse import quote

from serving_processes import (
    PostScript,
    ensure_isso,
    free_port,
    http_get,
    http_request,
    log,
    rss_mb,
    wait_for_http,
)
from serving_tools import isso_config, wrk_post_script

JSON = ("Content-Type", "application/json")
POST_TEMPLATE = json.dumps(
    {
        "author": "Reader",
        "text": "The council promised the rail link for years; it is about time. ",
    }
).replace('. "', '. {n}"')


def start_isso(bench, site):
    folder = bench.scratch / "isso"
    folder.mkdir(exist_ok=True)
    program = ensure_isso(bench.args.isso_venv or folder / "venv")
    port = free_port()
    config = folder / "isso.cfg"
    config.write_text(
        isso_config(
            db_path=folder / "comments.db",
            listen_port=port,
            origin="http://127.0.0.1:8000",  # the page's origin (the demo's address)
            log_path=folder / "isso.log",
        )
    )
    command = [str(program), "-c", str(config), "run"]
    process = bench.servers.start("isso", command, log_path=folder / "stdout.log")
    wait_for_http(port, "/info", process=process)
    return port, process, folder / "comments.db"


def load_thread(port, database, site):
    """Post the 200 comments through Isso's API, then activate them."""
    uri = quote(site["path"])
    ids = {}
    for comment in site["comments"]:
        data = {"author": comment["name"], "text": comment["body"], "title": "Rail"}
        if comment["parent"]:
            data["parent"] = ids[comment["parent"]]
        status, _, body = http_request(
            port, "POST", f"/new?uri={uri}", json.dumps(data), dict([JSON])
        )
        if status not in (201, 202):
            raise SystemExit(f"Isso refused a comment: {status} {body[:300]!r}")
        ids[comment["id"]] = json.loads(body)["id"]
    with sqlite3.connect(database) as db:
        db.execute("UPDATE comments SET mode = 1 WHERE mode = 2")
    return f"/?uri={uri}"


def shown(port, path):
    """Return how many comments Isso's thread answer holds."""
    status, _, body = http_get(port, path)
    if status != 200:
        raise SystemExit(f"Isso GET {path} answered {status}")
    replies = json.loads(body)["replies"]
    return len(replies) + sum(len(reply.get("replies", [])) for reply in replies)


def isso_scenarios(bench, site):
    port, process, database = start_isso(bench, site)
    log("Loading the 200 comments into Isso")
    path = load_thread(port, database, site)
    count = shown(port, path)
    if count != len(site["comments"]):
        raise SystemExit(f"Isso shows {count} comments, not {len(site['comments'])}")
    get = bench.measure(
        "e",
        "Isso 0.14, GET /?uri= (JSON, 200 comments)",
        port,
        path,
        pid=process.pid,
        rate_key="e_get",
        headers=[("Accept-Encoding", "gzip")],
        dynamic=True,
    )
    get.rss_mb = rss_mb(process.pid)
    new = f"/new?uri={quote(site['path'])}"
    lua = wrk_post_script(path=new, headers=[JSON], body_template=POST_TEMPLATE)
    script = PostScript(bench.scratch / "isso.lua", lua, new, [JSON], POST_TEMPLATE)
    post = bench.measure(
        "e",
        "Isso 0.14, POST /new (202, moderation on)",
        port,
        path,
        pid=process.pid,
        rate_key="e_post",
        script=script,
        dynamic=True,
    )
    post.rss_mb = rss_mb(process.pid)
    bench.servers.stop("isso")
