#!/usr/bin/env python3
"""Checks docs/openapi.yaml, the description of soudan-server's API v1, against the real server.

Usage: openapi_check.py SOURCE_DIR SERVER_BINARY

1. The file is valid OpenAPI 3.0 (the meta-schema of Debian's openapi-specification package)
   and every $ref in it resolves.
2. Its paths, with their parameters named {id}, are exactly the routes that server/metrics.cpp
   lists: a route the server gains without being described fails, and so does a described route
   the server does not have.
3. A real soudan-server, on a temporary SQLite board (the demo board, three members and two
   moderators), is asked every operation of the file: its successes and its refusals (no token,
   a member on a moderators' route, unknown ids, conflicts, bad input, a reused Idempotency-Key,
   a restricted member, a POST without a length, a body too large, a spent rate limit and, at
   the end, a database that fails). Every response's status must be documented for its
   operation, its Content-Type must be the documented one, its JSON body must validate against
   the documented schema (OpenAPI's schema objects read as JSON Schema draft 4), documented
   headers must be there and an error's code must be named in the documented response's
   description. Requests the server took must validate against the documented request body.
4. Every operation must have answered each of its documented 2xx statuses.

Exit status 0 when all of it holds; 1 otherwise, naming the operation, the status and the
problem.
"""

import http.client
import json
import os
import re
import select
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from datetime import datetime, timezone

import jsonschema
import yaml

META_SCHEMA = '/usr/share/openapi-specification/schemas/v3.0/schema.json'
SPEC_FILE = 'docs/openapi.yaml'
METHODS = ('get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace')
# Keywords of OpenAPI's schema objects that JSON Schema does not have.
OPENAPI_ONLY = {'nullable', 'example', 'discriminator', 'readOnly', 'writeOnly', 'xml',
                'externalDocs', 'deprecated'}
TIMEOUT = 10
NOTHING = object()  # a request without a body


class Failed(Exception):
    """A check that cannot go on."""


# The file itself.

def resolve_pointer(spec, ref):
    """The node a local $ref ("#/components/...") names, or None."""
    if not ref.startswith('#/'):
        return None
    node = spec
    for part in ref[2:].split('/'):
        part = part.replace('~1', '/').replace('~0', '~')
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def check_document(spec):
    """Problems of the file as an OpenAPI 3.0 document: the meta-schema, and dangling $refs."""
    with open(META_SCHEMA, encoding='utf-8') as f:
        meta = json.load(f)
    problems = ['%s: %s' % ('/'.join(str(p) for p in e.absolute_path) or '(root)', e.message)
                for e in jsonschema.Draft4Validator(meta).iter_errors(spec)]
    stack = [('', spec)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            ref = node.get('$ref')
            if isinstance(ref, str) and resolve_pointer(spec, ref) is None:
                problems.append('%s: $ref %s does not resolve' % (where, ref))
            stack.extend(('%s/%s' % (where, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(('%s/%d' % (where, i), v) for i, v in enumerate(node))
    return problems


def server_routes(source):
    """The route templates of server/metrics.cpp, the server's own list of its routes."""
    with open(os.path.join(source, 'server/metrics.cpp'), encoding='utf-8') as f:
        text = f.read()
    block = re.search(r'const QStringList Routes = \{(.*?)\};', text, re.S)
    if not block:
        raise Failed('server/metrics.cpp: no "const QStringList Routes = {...};" found')
    return set(re.findall(r'u"([^"]+)"_s', block.group(1)))


def check_routes(spec, routes):
    """Problems between the file's paths and the server's routes."""
    described = {re.sub(r'\{[^}]+\}', '{id}', p) for p in spec['paths']}
    problems = ['route %s of the server is not described' % r for r in sorted(routes - described)]
    problems += ['path %s is not a route of the server' % p for p in sorted(described - routes)]
    return problems


# OpenAPI schema objects as JSON Schema (draft 4).

def to_json_schema(node):
    """An OpenAPI 3.0 schema object as a JSON Schema; components become #/definitions."""
    if not isinstance(node, dict):
        return node
    if '$ref' in node:
        return {'$ref': node['$ref'].replace('#/components/schemas/', '#/definitions/')}
    out = {}
    for key, value in node.items():
        if key in OPENAPI_ONLY:
            continue
        if key == 'properties':
            out[key] = {name: to_json_schema(s) for name, s in value.items()}
        elif key in ('allOf', 'anyOf', 'oneOf'):
            out[key] = [to_json_schema(s) for s in value]
        elif key in ('items', 'not', 'additionalProperties') and isinstance(value, dict):
            out[key] = to_json_schema(value)
        else:
            out[key] = value
    if not node.get('nullable'):
        return out
    if 'type' not in out:
        return {'anyOf': [out, {'type': 'null'}]}
    out['type'] = [out['type'], 'null']
    if 'enum' in out and None not in out['enum']:
        out['enum'] = out['enum'] + [None]
    return out


class Schemas:
    """Validates JSON values against the file's schema objects."""

    def __init__(self, spec):
        self.spec = spec
        components = spec.get('components', {}).get('schemas', {})
        self.definitions = {name: to_json_schema(s) for name, s in components.items()}
        self.validators = {}

    def problem(self, schema, value):
        """Why value does not fit schema, or None."""
        key = id(schema)
        if key not in self.validators:
            document = {'allOf': [to_json_schema(schema)], 'definitions': self.definitions}
            self.validators[key] = jsonschema.Draft4Validator(document)
        error = jsonschema.exceptions.best_match(self.validators[key].iter_errors(value))
        if error is None:
            return None
        where = '/'.join(str(p) for p in error.absolute_path) or '(top level)'
        return '%s: %s' % (where, error.message[:400])

    def resolve(self, node):
        """node, or what its $ref names (a response, a parameter, a request body)."""
        while isinstance(node, dict) and '$ref' in node:
            node = resolve_pointer(self.spec, node['$ref'])
        return node


# HTTP.

class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body
        self.json = None
        if body and self.headers.get('content-type', '').startswith('application/json'):
            try:
                self.json = json.loads(body)
            except ValueError:
                self.json = None


def http_request(base, method, path, body=NOTHING, headers=None):
    """One request on its own connection; a POST or PUT without a body sends Content-Length 0."""
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=TIMEOUT)
    sent = dict(headers or {})
    data = None
    if body is not NOTHING:
        data = body if isinstance(body, bytes) else json.dumps(body).encode('utf-8')
        sent.setdefault('Content-Type', 'application/json')
    elif method in ('POST', 'PUT'):
        sent['Content-Length'] = '0'
    try:
        connection.request(method, path, body=data, headers=sent)
        answer = connection.getresponse()
        return Response(answer.status, answer.getheaders(), answer.read())
    finally:
        connection.close()


def raw_request(base, text):
    """Sends text as it is and reads the response until the server closes the connection."""
    url = urllib.parse.urlsplit(base)
    with socket.create_connection((url.hostname, url.port), timeout=TIMEOUT) as s:
        s.sendall(text.encode('ascii'))
        data = b''
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    status = int(lines[0].split()[1])
    headers = [tuple(p.strip() for p in line.split(':', 1)) for line in lines[1:] if ':' in line]
    return Response(status, headers, body)


# Responses against the file.

class Checker:
    """Asks the server and checks every response against the file."""

    def __init__(self, spec, base):
        self.spec = spec
        self.schemas = Schemas(spec)
        self.base = base
        self.problems = []
        self.seen = set()  # (path, method, status)
        self.checked = 0

    def call(self, method, template, expect, token=None, body=NOTHING, query=None,
             headers=None, **params):
        """Asks method template (its {parameters} from params) and checks the answer."""
        path = template.format(**{k: urllib.parse.quote(str(v), safe='')
                                  for k, v in params.items()})
        if query:
            path += '?' + urllib.parse.urlencode(query)
        sent = dict(headers or {})
        if token:
            sent['Authorization'] = 'Bearer ' + token
        response = http_request(self.base, method, path, body, sent)
        self.check(method, template, response, body, expect)
        return response

    def check(self, method, template, response, body=NOTHING, expect=None):
        """Records the problems of one response to method template."""
        name = '%s %s %d' % (method, template, response.status)
        self.checked += 1
        self.seen.add((template, method.lower(), response.status))
        if expect is not None and response.status != expect:
            self.problems.append('%s: expected %d: %s' % (name, expect, response.body[:300]))
        operation = self.spec['paths'].get(template, {}).get(method.lower())
        if operation is None:
            self.problems.append('%s: no such operation in %s' % (name, SPEC_FILE))
            return
        documented = self.schemas.resolve(operation['responses'].get(str(response.status)))
        if documented is None:
            self.problems.append('%s: status not documented: %s' % (name, response.body[:300]))
            return
        for problem in self.response_problems(documented, response):
            self.problems.append('%s: %s' % (name, problem))
        if 200 <= response.status < 300 and isinstance(body, dict):
            self.check_request(name, operation, body)

    def check_request(self, name, operation, body):
        """A body the server took must fit the documented request body."""
        request = self.schemas.resolve(operation.get('requestBody'))
        if request is None:
            self.problems.append('%s: a body was taken but none is documented' % name)
            return
        schema = request['content']['application/json']['schema']
        problem = self.schemas.problem(schema, body)
        if problem:
            self.problems.append('%s: request body: %s' % (name, problem))

    def response_problems(self, documented, response):
        """Why a response does not fit its documented response object."""
        problems = []
        for header, spec in documented.get('headers', {}).items():
            missing = header.lower() not in response.headers
            if missing and self.schemas.resolve(spec).get('required'):
                problems.append('header %s is missing' % header)
        if 'idempotent-replayed' in response.headers and \
                'Idempotent-Replayed' not in documented.get('headers', {}):
            problems.append('header Idempotent-Replayed is not documented')
        content = documented.get('content')
        if not content:
            if response.body:
                problems.append('a body where none is documented: %r' % response.body[:200])
            return problems
        media = response.headers.get('content-type', '').split(';')[0].strip()
        match = [k for k in content if k.split(';')[0].strip() == media]
        if not match:
            return problems + ['Content-Type %r, documented: %s' % (media, ', '.join(content))]
        if media == 'text/plain':
            if not re.match(rb'# (HELP|TYPE) ', response.body):
                problems.append('the text does not start with # HELP or # TYPE')
            return problems
        return problems + self.json_problems(documented, content[match[0]], response)

    def json_problems(self, documented, media, response):
        """Why a JSON body does not fit its schema (and an error's code, its description)."""
        if response.json is None:
            return ['the body is not JSON: %r' % response.body[:200]]
        problem = self.schemas.problem(media['schema'], response.json)
        if problem:
            return ['body %s' % problem]
        error = response.json.get('error') if isinstance(response.json, dict) else None
        if isinstance(error, dict):
            codes = re.findall(r'`([a-z_]+)`', documented.get('description', ''))
            if error.get('code') not in codes:
                return ['error code %r is not named in the description (%s)'
                        % (error.get('code'), ', '.join(codes))]
        return []

    def coverage_problems(self):
        """Every documented 2xx status of every operation must have been answered."""
        problems = []
        for path, item in self.spec['paths'].items():
            for method, operation in item.items():
                if method not in METHODS:
                    continue
                for status in operation['responses']:
                    if status.startswith('2') and (path, method, int(status)) not in self.seen:
                        problems.append('%s %s %s: never answered' % (method.upper(), path, status))
        return problems


# The server.

def run_command(binary, workdir, db, arguments, text=''):
    """Runs one soudan-server command on the board; fails when it does."""
    done = subprocess.run([binary] + arguments + ['--db', db], input=text.encode('utf-8'),
                          cwd=workdir, capture_output=True, timeout=60)
    if done.returncode != 0:
        raise Failed('soudan-server %s: %s' % (' '.join(arguments),
                                               done.stderr.decode('utf-8', 'replace')[-500:]))


def prepare_board(binary, workdir, db, members, moderators):
    """The demo board and the users the checks sign in as (password: password-NAME)."""
    run_command(binary, workdir, db, ['import-demo'])
    for name in members:
        run_command(binary, workdir, db, ['user', 'add', name, '--role', 'member'],
                    'password-%s\n' % name)
    for name in moderators:
        run_command(binary, workdir, db, ['user', 'add', name, '--role', 'moderator'],
                    'password-%s\n' % name)


def start_server(binary, workdir, db, log):
    """Starts soudan-server serve on a free port; its URL once /health answers."""
    process = subprocess.Popen([binary, 'serve', '--listen', '127.0.0.1:0', '--db', db],
                               cwd=workdir, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=log)
    deadline = time.monotonic() + 20
    out = b''
    found = None
    while found is None:
        if time.monotonic() > deadline or process.poll() is not None:
            return process, None
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            out += os.read(process.stdout.fileno(), 4096)
            found = re.search(rb'listening on (http://[0-9.]+:[0-9]+)', out)
    # Whatever else it prints must not fill the pipe.
    threading.Thread(target=lambda: process.stdout.read(), daemon=True).start()
    base = found.group(1).decode('ascii')
    while time.monotonic() < deadline:
        try:
            if http_request(base, 'GET', '/health').status == 200:
                return process, base
        except OSError:
            pass
        time.sleep(0.05)
    return process, None


def stop_server(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# Values for requests.

def uuid4():
    return str(uuid.uuid4())


def uuid5():
    """A UUID that is not a random one (version 5)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, uuid4()))


def now():
    return datetime.now(timezone.utc).isoformat(timespec='milliseconds').replace('+00:00', 'Z')


def question(category, title='請負契約の検収について',
             body='納品後の検収期間はどのくらいが普通ですか。'):
    return {'categoryId': category, 'title': title, 'body': body, 'urgency': 'urgent'}


class Board:
    """What the checks made, by name: users' tokens and ids, threads, answers, categories."""

    def __init__(self):
        self.token = {}
        self.user = {}
        self.thread = {}
        self.answer = {}
        self.category = None


# The checks, in the order they run: each builds on what the earlier ones made.

SESSION = '/api/v1/session'
CHANGES = '/api/v1/changes'
THREAD = '/api/v1/threads/{threadId}'
ANSWER = THREAD + '/answers/{answerId}'
REPORT = '/api/v1/reports/{reportId}'
ITEM = '/api/v1/reports/{itemId}'
RESTRICTION = '/api/v1/users/{userId}/restriction'


def check_public(c, b):
    """The operator's routes and what readers without a token get."""
    c.call('GET', '/health', 200)
    c.call('GET', '/ready', 200)
    c.call('GET', '/metrics', 200)
    c.call('GET', '/api/v1/health', 200)
    c.call('GET', '/api/v1/health', 401, token='no-such-token')
    c.call('GET', '/api/v1/health', 401, headers={'Authorization': 'Basic YTpi'})
    categories = c.call('GET', '/api/v1/categories', 200).json['categories']
    b.category = next(k['id'] for k in categories if k['parentId'] is not None)
    c.call('GET', '/api/v1/categories', 401, token='no-such-token')
    first = c.call('GET', CHANGES, 200, query={'limit': 5}).json
    c.call('GET', CHANGES, 200, query={'cursor': first['cursor'], 'limit': 5})
    c.call('GET', CHANGES, 400, query={'limit': 0})
    c.call('GET', CHANGES, 400, query={'limit': 'many'})
    c.call('GET', CHANGES, 400, query={'cursor': 'not-a-cursor'})
    c.call('GET', CHANGES, 410, query={'cursor': '999999999'})
    c.call('GET', CHANGES, 401, token='no-such-token')


def check_signing_in(c, b, members, moderators):
    """Sign-ins (one per user) and the refused ones, the delay after wrong passwords too."""
    for name in members + moderators:
        session = c.call('POST', SESSION, 200,
                         body={'user': name, 'password': 'password-%s' % name}).json
        b.token[name] = session['token']
        b.user[name] = session['user']['id']
    c.call('POST', SESSION, 401, body={'user': 'alice', 'password': 'wrong-password'})
    c.call('POST', SESSION, 400, body=b'{"user":')
    c.call('POST', SESSION, 422, body={'user': 'alice'})
    c.call('POST', SESSION, 422, body={'user': 'alice', 'password': 'x', 'remember': True})
    c.call('POST', SESSION, 401, token='no-such-token', body={'user': 'a', 'password': 'b'})
    for attempt in range(10):
        answer = c.call('POST', SESSION, None, body={'user': 'nobody', 'password': 'guess'})
        if answer.status == 429:
            break
        if answer.status != 401:
            c.problems.append('sign-in %d as nobody: %d' % (attempt, answer.status))
    else:
        c.problems.append('POST %s: ten wrong passwords were never delayed' % SESSION)
    c.check('POST', SESSION, raw_request(c.base, 'POST %s HTTP/1.1\r\nHost: soudan\r\n\r\n'
                                         % SESSION), expect=411)
    big = 'PUT /api/v1/threads/%s HTTP/1.1\r\nHost: soudan\r\nContent-Type: application/json' \
          '\r\nContent-Length: 100000\r\n\r\n' % uuid4()
    c.check('PUT', THREAD, raw_request(c.base, big), expect=413)


def check_asking(c, b):
    """Asking: a new thread, the same again, and the refusals."""
    alice, bob = b.token['alice'], b.token['bob']
    for name in ('t1', 't2', 't3', 't4', 't6'):
        b.thread[name] = uuid4()
        c.call('PUT', THREAD, 201, alice, question(b.category, 'スレッド %s の質問' % name),
               threadId=b.thread[name])
    t1 = b.thread['t1']
    c.call('PUT', THREAD, 200, alice, question(b.category, 'スレッド t1 の質問'), threadId=t1)
    c.call('PUT', THREAD, 409, bob, question(b.category, 'スレッド t1 の質問'), threadId=t1)
    c.call('PUT', THREAD, 409, alice, question(b.category, '別の内容'), threadId=t1)
    c.call('PUT', THREAD, 401, None, question(b.category), threadId=uuid4())
    c.call('PUT', THREAD, 400, alice, question(b.category), threadId='not-a-uuid')
    c.call('PUT', THREAD, 422, alice, question(999999), threadId=uuid4())
    c.call('PUT', THREAD, 422, alice, question(b.category, title=''), threadId=uuid4())
    c.call('PUT', THREAD, 422, alice, dict(question(b.category), extra=1), threadId=uuid4())
    c.call('PUT', THREAD, 400, alice, b'not json', threadId=uuid4())
    c.call('PUT', THREAD, 400, alice, question(b.category), threadId=uuid4(),
           headers={'Idempotency-Key': 'k' * 101})
    # The server's contact check files a report of its own on this one.
    b.thread['t5'] = uuid4()
    c.call('PUT', THREAD, 201, bob,
           question(b.category, '連絡先について', 'メールは someone@example.com までどうぞ'),
           threadId=b.thread['t5'])


def check_answering(c, b):
    """Answers, the Idempotency-Key's replay, and views."""
    bob, carol = b.token['bob'], b.token['carol']
    t1 = b.thread['t1']
    b.answer['a1'] = uuid4()
    key = {'Idempotency-Key': uuid4()}
    first = {'body': 'bob の回答です。'}
    c.call('PUT', ANSWER, 201, bob, first, headers=key, threadId=t1, answerId=b.answer['a1'])
    again = c.call('PUT', ANSWER, 201, bob, first, headers=key, threadId=t1,
                   answerId=b.answer['a1'])
    if again.headers.get('idempotent-replayed') != 'true':
        c.problems.append('PUT %s: a replay without Idempotent-Replayed: true' % ANSWER)
    c.call('PUT', ANSWER, 409, bob, {'body': '別の回答'}, headers=key, threadId=t1,
           answerId=uuid4())
    c.call('PUT', ANSWER, 409, bob, {'body': '別の回答'}, threadId=t1, answerId=b.answer['a1'])
    c.call('PUT', ANSWER, 200, bob, first, threadId=t1, answerId=b.answer['a1'])
    c.call('PUT', ANSWER, 404, bob, first, threadId=uuid4(), answerId=uuid4())
    c.call('PUT', ANSWER, 401, None, first, threadId=t1, answerId=uuid4())
    c.call('PUT', ANSWER, 400, bob, first, threadId=t1, answerId='42')
    c.call('PUT', ANSWER, 422, bob, {}, threadId=t1, answerId=uuid4())
    for name, who in (('a2', carol), ('a3', carol), ('own', b.token['alice'])):
        b.answer[name] = uuid4()
        c.call('PUT', ANSWER, 201, who, {'body': '%s の回答' % name}, threadId=t1,
               answerId=b.answer[name])
    b.answer['a4'] = uuid4()
    c.call('PUT', ANSWER, 201, bob, {'body': '普通の回答です。'}, threadId=b.thread['t4'],
           answerId=b.answer['a4'])
    views = THREAD + '/views'
    c.call('POST', views, 204, carol, threadId=t1)
    c.call('POST', views, 204, carol, threadId=t1)
    c.call('POST', views, 404, carol, threadId=uuid4())
    c.call('POST', views, 401, None, threadId=t1)
    c.call('POST', views, 400, carol, threadId='x')


def walk_feed(c, token, limit):
    """Reads the whole changes feed as one reader; its rows."""
    rows, cursor = [], ''
    for _ in range(100):
        page = c.call('GET', CHANGES, 200, token, query={'cursor': cursor, 'limit': limit}).json
        if page is None:
            break
        rows += page['changes']
        cursor = page['cursor']
        if not page['hasMore']:
            return rows
    c.problems.append('GET %s: the feed did not end in 100 pages' % CHANGES)
    return rows


def check_activity(c, b):
    """Follow levels, read marks and notifications."""
    alice, bob = b.token['alice'], b.token['bob']
    state = THREAD + '/state'
    c.call('PUT', state, 200, alice, {'level': 'watching', 'readUpTo': now()},
           threadId=b.thread['t1'])
    c.call('PUT', state, 200, alice, {'level': None}, threadId=b.thread['t2'])
    c.call('PUT', state, 422, alice, {}, threadId=b.thread['t1'])
    c.call('PUT', state, 400, alice, b'{', threadId=b.thread['t1'])
    c.call('PUT', state, 404, alice, {'level': 'muted'}, threadId=uuid4())
    c.call('PUT', state, 401, None, {'level': 'muted'}, threadId=b.thread['t1'])
    category = '/api/v1/categories/{categoryId}/state'
    c.call('PUT', category, 200, alice, {'level': 'watching', 'seenAt': now()},
           categoryId=b.category)
    c.call('PUT', category, 200, alice, {'readUpTo': now()}, categoryId=0)
    c.call('PUT', category, 422, alice, {'level': 'muted'}, categoryId=0)
    c.call('PUT', category, 404, alice, {'level': 'muted'}, categoryId=999999)
    c.call('PUT', category, 400, alice, {'level': 'muted'}, categoryId='all')
    c.call('PUT', category, 401, None, {'level': 'muted'}, categoryId=0)
    notes = [r['data'] for r in walk_feed(c, alice, 1000) if r['kind'] == 'notification']
    if not notes:
        raise Failed('alice has no notification in her feed to mark read')
    read = '/api/v1/notifications/{notificationId}/read'
    c.call('PUT', read, 200, alice, notificationId=notes[0]['id'])
    c.call('PUT', read, 200, alice, notificationId=notes[0]['id'])
    c.call('PUT', read, 422, alice, {}, notificationId=notes[0]['id'])
    c.call('PUT', read, 404, bob, notificationId=notes[0]['id'])
    c.call('PUT', read, 400, alice, notificationId=0)
    c.call('PUT', read, 401, None, notificationId=notes[0]['id'])


def check_editing(c, b):
    """Edits of a question and of an answer, and the revisions they leave."""
    alice, bob, carol = b.token['alice'], b.token['bob'], b.token['carol']
    t1, a1 = b.thread['t1'], b.answer['a1']
    edit = THREAD + '/edit'
    changed = dict(question(b.category, '編集した質問'), revision=1, urgency='calm')
    changed.pop('categoryId')
    c.call('POST', edit, 200, alice, changed, threadId=t1)
    c.call('POST', edit, 200, alice, changed, threadId=t1)
    conflict = c.call('POST', edit, 409, alice, dict(changed, title='もう一度'), threadId=t1)
    if conflict.json and 'thread' not in conflict.json:
        c.problems.append('POST %s 409: edit_conflict without the thread' % edit)
    c.call('POST', edit, 403, bob, dict(changed, revision=2), threadId=t1)
    c.call('POST', edit, 422, alice, dict(changed, categoryId=b.category), threadId=t1)
    c.call('POST', edit, 401, None, changed, threadId=t1)
    c.call('POST', edit, 404, alice, changed, threadId=uuid4())
    answer_edit = ANSWER + '/edit'
    c.call('POST', answer_edit, 200, bob, {'revision': 1, 'body': '直した回答'},
           threadId=t1, answerId=a1)
    c.call('POST', answer_edit, 409, bob, {'revision': 1, 'body': '別の直し'},
           threadId=t1, answerId=a1)
    c.call('POST', answer_edit, 403, alice, {'revision': 2, 'body': '他人の回答'},
           threadId=t1, answerId=a1)
    c.call('POST', answer_edit, 404, bob, {'revision': 2, 'body': 'x'},
           threadId=b.thread['t2'], answerId=a1)
    revisions = THREAD + '/revisions'
    c.call('GET', revisions, 200, alice, threadId=t1)
    c.call('GET', revisions, 200, b.token['mod'], threadId=t1)
    c.call('GET', revisions, 403, carol, threadId=t1)
    c.call('GET', revisions, 404, alice, threadId=uuid4())
    c.call('GET', revisions, 400, alice, threadId='x')
    c.call('GET', revisions, 401, None, threadId=t1)
    answer_revisions = ANSWER + '/revisions'
    c.call('GET', answer_revisions, 200, bob, threadId=t1, answerId=a1)
    c.call('GET', answer_revisions, 403, carol, threadId=t1, answerId=a1)
    c.call('GET', answer_revisions, 404, bob, threadId=t1, answerId=uuid4())


def check_withdrawing(c, b):
    """Supplements, withdrawals and closing."""
    alice, bob, carol = b.token['alice'], b.token['bob'], b.token['carol']
    t1, t2, t3 = b.thread['t1'], b.thread['t2'], b.thread['t3']
    withdraw = ANSWER + '/withdraw'
    c.call('POST', withdraw, 200, carol, threadId=t1, answerId=b.answer['a2'])
    c.call('POST', withdraw, 200, carol, {}, threadId=t1, answerId=b.answer['a2'])
    c.call('POST', withdraw, 422, carol, {'reason': 'x'}, threadId=t1, answerId=b.answer['a2'])
    c.call('POST', withdraw, 403, bob, threadId=t1, answerId=b.answer['a2'])
    c.call('POST', THREAD + '/withdraw', 409, alice, threadId=t1)
    c.call('POST', THREAD + '/withdraw', 200, alice, threadId=t3)
    c.call('POST', THREAD + '/withdraw', 200, alice, {}, threadId=t3)
    c.call('POST', THREAD + '/withdraw', 403, bob, threadId=t3)
    c.call('POST', THREAD + '/withdraw', 422, alice, {'x': 1}, threadId=t3)
    c.call('POST', THREAD + '/edit', 409, alice,
           {'revision': 1, 'title': 't', 'body': 'b', 'urgency': 'calm'}, threadId=t3)
    c.call('POST', THREAD + '/close', 409, alice, threadId=t3)
    c.call('POST', THREAD + '/close', 200, alice, threadId=t2)
    c.call('POST', THREAD + '/close', 200, alice, threadId=t2)
    c.call('POST', THREAD + '/close', 403, bob, threadId=t2)
    c.call('POST', THREAD + '/close', 422, alice, {'now': True}, threadId=t2)
    supplement = THREAD + '/supplements/{supplementId}'
    first = uuid4()
    c.call('PUT', supplement, 201, alice, {'body': '補足です。'}, threadId=t2, supplementId=first)
    c.call('PUT', supplement, 200, alice, {'body': '補足です。'}, threadId=t2, supplementId=first)
    c.call('PUT', supplement, 409, alice, {'body': '別の補足'}, threadId=t2, supplementId=first)
    c.call('PUT', supplement, 403, bob, {'body': '補足'}, threadId=t2, supplementId=uuid4())
    c.call('PUT', supplement, 422, alice, {'body': '補足'}, threadId=t2, supplementId=uuid5())
    c.call('PUT', supplement, 422, alice, {'body': ''}, threadId=t2, supplementId=uuid4())
    c.call('PUT', supplement, 404, alice, {'body': '補足'}, threadId=uuid4(),
           supplementId=uuid4())
    for n in range(9):
        c.call('PUT', supplement, 201, alice, {'body': '補足 %d' % n}, threadId=t2,
               supplementId=uuid4())
    c.call('PUT', supplement, 409, alice, {'body': '十一番目'}, threadId=t2, supplementId=uuid4())


def check_best_answer(c, b):
    """The best answer and the thanks, and what a resolved thread refuses."""
    alice, bob, carol = b.token['alice'], b.token['bob'], b.token['carol']
    t1, a1 = b.thread['t1'], b.answer['a1']
    best, thanks = THREAD + '/best-answer', THREAD + '/thanks'
    c.call('PUT', thanks, 409, alice, {'body': 'ありがとう'}, threadId=t1)
    c.call('POST', best, 403, bob, {'answerId': a1}, threadId=t1)
    c.call('POST', best, 422, alice, {'answerId': uuid4()}, threadId=t1)
    c.call('POST', best, 422, alice, {'answerId': b.answer['own']}, threadId=t1)
    c.call('POST', best, 422, alice, {'answerId': b.answer['a2']}, threadId=t1)
    c.call('POST', best, 400, alice, b'[', threadId=t1)
    c.call('POST', best, 404, alice, {'answerId': a1}, threadId=uuid4())
    c.call('POST', best, 200, alice, {'answerId': a1}, threadId=t1)
    c.call('POST', best, 200, alice, {'answerId': a1}, threadId=t1)
    c.call('POST', best, 409, alice, {'answerId': b.answer['a3']}, threadId=t1)
    c.call('PUT', thanks, 201, alice, {'body': 'ありがとうございました。'}, threadId=t1)
    c.call('PUT', thanks, 200, alice, {'body': 'ありがとうございました。'}, threadId=t1)
    c.call('PUT', thanks, 409, alice, {'body': '別のお礼'}, threadId=t1)
    c.call('PUT', thanks, 403, bob, {'body': 'お礼'}, threadId=t1)
    c.call('PUT', thanks, 422, alice, {'body': ''}, threadId=t1)
    c.call('PUT', thanks, 401, None, {'body': 'お礼'}, threadId=t1)
    c.call('POST', ANSWER + '/edit', 409, bob, {'revision': 2, 'body': 'ベストを直す'},
           threadId=t1, answerId=a1)
    c.call('POST', ANSWER + '/withdraw', 409, bob, threadId=t1, answerId=a1)
    c.call('PUT', ANSWER, 409, carol, {'body': '遅い回答'}, threadId=t1, answerId=uuid4())
    c.call('POST', THREAD + '/close', 409, alice, threadId=t1)
    c.call('POST', THREAD + '/edit', 409, alice,
           {'revision': 2, 'title': '解決後', 'body': '解決後の編集', 'urgency': 'calm'},
           threadId=t1)


def report(kind, target, reason='spam', note=None):
    body = {'targetKind': kind, 'targetId': target, 'reason': reason}
    if note is not None:
        body['note'] = note
    return body


def check_reporting(c, b):
    """Members' reports."""
    alice, carol = b.token['alice'], b.token['carol']
    a4 = b.answer['a4']
    r1 = uuid4()
    c.call('PUT', REPORT, 201, carol, report('answer', a4), reportId=r1)
    c.call('PUT', REPORT, 200, carol, report('answer', a4), reportId=r1)
    c.call('PUT', REPORT, 200, carol, report('answer', a4, note='宣伝です'), reportId=r1)
    c.call('PUT', REPORT, 409, alice, report('answer', a4), reportId=r1)
    c.call('PUT', REPORT, 422, carol, report('answer', a4), reportId=uuid5())
    c.call('PUT', REPORT, 422, carol, report('post', a4), reportId=uuid4())
    c.call('PUT', REPORT, 404, carol, report('answer', uuid4()), reportId=uuid4())
    c.call('PUT', REPORT, 400, carol, report('answer', a4), reportId='r1')
    c.call('PUT', REPORT, 400, carol, b'', reportId=uuid4())
    c.call('PUT', REPORT, 401, None, report('answer', a4), reportId=uuid4())
    c.call('PUT', REPORT, 201, carol, report('thread', b.thread['t6'], 'harassment'),
           reportId=uuid4())


def item(c, b, post):
    """The moderation item of a post as a moderator reads it now."""
    return c.call('GET', REPORT, 200, b.token['mod'], reportId=post).json


def check_moderating(c, b):
    """Listing, claiming, notes and decisions on moderation items."""
    mod, mod2, carol = b.token['mod'], b.token['mod2'], b.token['carol']
    a4, t5, t6 = b.answer['a4'], b.thread['t5'], b.thread['t6']
    c.call('GET', '/api/v1/reports', 200, mod)
    c.call('GET', '/api/v1/reports', 200, mod, query={'status': 'new'})
    c.call('GET', '/api/v1/reports', 400, mod, query={'status': 'open'})
    c.call('GET', '/api/v1/reports', 403, carol)
    c.call('GET', '/api/v1/reports', 401)
    c.call('GET', REPORT, 404, mod, reportId=uuid4())
    c.call('GET', REPORT, 400, mod, reportId='item')
    c.call('GET', REPORT, 403, carol, reportId=a4)
    version = item(c, b, a4)['version']
    claim = ITEM + '/claim'
    claimed = c.call('POST', claim, 200, mod2, {'version': version}, itemId=a4).json
    c.call('POST', claim, 409, mod, {'version': claimed['version']}, itemId=a4)
    c.call('POST', claim, 409, mod, {'version': claimed['version'] + 5}, itemId=a4)
    c.call('POST', claim, 403, carol, {'version': 1}, itemId=a4)
    c.call('POST', claim, 404, mod, {'version': 1}, itemId=uuid4())
    c.call('POST', claim, 422, mod, {'version': 0}, itemId=a4)
    notes = ITEM + '/notes'
    c.call('POST', notes, 200, mod, {'note': '確認中'}, itemId=a4)
    c.call('POST', notes, 422, mod, {'note': ' '}, itemId=a4)
    c.call('POST', notes, 404, mod, {'note': '確認中'}, itemId=uuid4())
    resolve = ITEM + '/resolve'
    hide = {'version': claimed['version'], 'action': 'hide', 'reason': 'spam'}
    c.call('POST', resolve, 422, mod2, dict(hide, reason='not_a_violation'), itemId=a4)
    c.call('POST', resolve, 200, mod2, hide, itemId=a4)
    c.call('POST', claim, 409, mod, {'version': item(c, b, a4)['version']}, itemId=a4)
    check_restoring(c, b)
    c.call('POST', resolve, 200, mod, dict(hide, version=item(c, b, a4)['version']), itemId=a4)
    c.call('POST', ITEM + '/restore', 409, mod, {'version': item(c, b, t5)['version']},
           itemId=t5)
    c.call('POST', resolve, 200, mod, {'version': item(c, b, t5)['version'],
                                       'action': 'dismiss', 'reason': 'not_a_violation'},
           itemId=t5)
    c.call('POST', resolve, 200, mod, {'version': item(c, b, t6)['version'], 'action': 'hide',
                                       'reason': 'harassment', 'note': '暴言'}, itemId=t6)


def check_hidden_posts(c, b):
    """What a hidden thread and a hidden answer refuse, to their authors and to others."""
    alice, bob, mod = b.token['alice'], b.token['bob'], b.token['mod']
    t4, t6, a4 = b.thread['t4'], b.thread['t6'], b.answer['a4']
    c.call('PUT', ANSWER, 409, alice, {'body': '自分で回答'}, threadId=t6, answerId=uuid4())
    c.call('PUT', ANSWER, 404, bob, {'body': '回答'}, threadId=t6, answerId=uuid4())
    c.call('POST', THREAD + '/views', 409, mod, threadId=t6)
    c.call('PUT', THREAD + '/supplements/{supplementId}', 409, alice, {'body': '補足'},
           threadId=t6, supplementId=uuid4())
    c.call('POST', THREAD + '/best-answer', 409, alice, {'answerId': uuid4()}, threadId=t6)
    c.call('PUT', THREAD + '/thanks', 409, alice, {'body': 'お礼'}, threadId=t6)
    c.call('POST', THREAD + '/withdraw', 409, alice, threadId=t6)
    c.call('POST', THREAD + '/close', 409, alice, threadId=t6)
    c.call('POST', THREAD + '/edit', 409, alice,
           {'revision': 1, 'title': 't', 'body': 'b', 'urgency': 'calm'}, threadId=t6)
    c.call('POST', ANSWER + '/edit', 409, bob, {'revision': 1, 'body': '直す'},
           threadId=t4, answerId=a4)
    c.call('POST', ANSWER + '/withdraw', 409, bob, threadId=t4, answerId=a4)
    c.call('GET', ANSWER + '/revisions', 404, b.token['carol'], threadId=t4, answerId=a4)
    c.call('GET', ANSWER + '/revisions', 200, mod, threadId=t4, answerId=a4)


def check_restoring(c, b):
    """Restoring a hidden post, and the refusals."""
    mod, carol, a4 = b.token['mod'], b.token['carol'], b.answer['a4']
    restore = ITEM + '/restore'
    c.call('POST', restore, 409, mod, {'version': 1}, itemId=a4)
    c.call('POST', restore, 403, carol, {'version': 1}, itemId=a4)
    c.call('POST', restore, 404, mod, {'version': 1}, itemId=uuid4())
    c.call('POST', restore, 422, mod, {'reason': '版なし'}, itemId=a4)
    c.call('POST', restore, 200, mod, {'version': item(c, b, a4)['version'], 'reason': '誤り'},
           itemId=a4)
    c.call('POST', restore, 409, mod, {'version': item(c, b, a4)['version']}, itemId=a4)


def check_appeals(c, b):
    """Appeals of a hiding and of a warning; restoring and warning."""
    mod, bob, carol = b.token['mod'], b.token['bob'], b.token['carol']
    a4 = b.answer['a4']
    appeal = '/api/v1/reports/{postId}/appeal'
    c.call('POST', appeal, 403, carol, {'text': '異議'}, postId=a4)
    c.call('POST', appeal, 200, bob, {'text': '宣伝ではありません。'}, postId=a4)
    c.call('POST', appeal, 409, bob, {'text': 'もう一度'}, postId=a4)
    c.call('POST', appeal, 409, bob, {'text': '異議'}, postId=b.thread['t5'])
    c.call('POST', appeal, 404, bob, {'text': '異議'}, postId=uuid4())
    c.call('POST', appeal, 422, bob, {'text': ''}, postId=a4)
    c.call('POST', appeal, 401, None, {'text': '異議'}, postId=a4)
    # The appeal clears the item's resolution while the post stays hidden: restore shows it
    # again, and dismissing the reports of a shown post keeps it shown.
    c.call('POST', ITEM + '/restore', 200, mod, {'version': item(c, b, a4)['version']},
           itemId=a4)
    c.call('POST', ITEM + '/resolve', 200, mod,
           {'version': item(c, b, a4)['version'], 'action': 'dismiss',
            'reason': 'not_a_violation'}, itemId=a4)
    warn = ITEM + '/warn'
    c.call('POST', warn, 200, mod, {'message': '宣伝と誤解されない書き方を。'}, itemId=a4)
    c.call('POST', warn, 422, mod, {'message': ''}, itemId=a4)
    c.call('POST', warn, 403, carol, {'message': '注意'}, itemId=a4)
    c.call('POST', warn, 404, mod, {'message': '注意'}, itemId=uuid4())
    c.call('POST', appeal, 200, bob, {'text': '注意に異議があります。'}, postId=a4)


def check_restrictions(c, b):
    """Restricting a member, and what a restricted member is refused."""
    mod, bob = b.token['mod'], b.token['bob']
    member = b.user['bob']
    c.call('POST', RESTRICTION, 200, mod, {'kind': 'read_only', 'reason': '様子見'}, userId=member)
    c.call('PUT', THREAD, 403, bob, question(b.category), threadId=uuid4())
    c.call('POST', RESTRICTION, 200, mod, {'kind': 'suspended', 'days': 7, 'reason': '宣伝'},
           userId=member)
    c.call('PUT', ANSWER, 403, bob, {'body': '回答'}, threadId=b.thread['t4'], answerId=uuid4())
    c.call('POST', RESTRICTION, 200, mod, {'kind': 'none', 'reason': ''}, userId=member)
    c.call('POST', RESTRICTION, 200, mod, {'kind': 'none'}, userId=member)
    c.call('POST', RESTRICTION, 422, mod, {'kind': 'read_only'}, userId=member)
    c.call('POST', RESTRICTION, 422, mod, {'kind': 'read_only', 'days': 3, 'reason': 'x'},
           userId=member)
    c.call('POST', RESTRICTION, 403, mod, {'kind': 'read_only', 'reason': 'x'},
           userId=b.user['mod2'])
    c.call('POST', RESTRICTION, 403, b.token['carol'], {'kind': 'read_only', 'reason': 'x'},
           userId=member)
    c.call('POST', RESTRICTION, 404, mod, {'kind': 'read_only', 'reason': 'x'}, userId=999999)
    c.call('POST', RESTRICTION, 400, mod, {'kind': 'read_only', 'reason': 'x'}, userId='bob')
    c.call('POST', RESTRICTION, 400, mod, b'{', userId=member)
    c.call('POST', RESTRICTION, 401, None, {'kind': 'none', 'reason': ''}, userId=member)


# Routes that need a token: (method, template, its path parameters, a body, moderators only).
TOKEN_ROUTES = [
    ('POST', THREAD + '/best-answer', ('threadId',), {'answerId': uuid4()}, False),
    ('PUT', THREAD + '/thanks', ('threadId',), {'body': 'お礼'}, False),
    ('POST', THREAD + '/edit', ('threadId',),
     {'revision': 1, 'title': 't', 'body': 'b', 'urgency': 'calm'}, False),
    ('POST', ANSWER + '/edit', ('threadId', 'answerId'), {'revision': 1, 'body': 'b'}, False),
    ('PUT', THREAD + '/supplements/{supplementId}', ('threadId', 'supplementId'),
     {'body': '補足'}, False),
    ('POST', THREAD + '/withdraw', ('threadId',), NOTHING, False),
    ('POST', ANSWER + '/withdraw', ('threadId', 'answerId'), NOTHING, False),
    ('POST', THREAD + '/close', ('threadId',), NOTHING, False),
    ('GET', ANSWER + '/revisions', ('threadId', 'answerId'), NOTHING, False),
    ('POST', '/api/v1/reports/{postId}/appeal', ('postId',), {'text': '異議'}, False),
    ('GET', REPORT, ('reportId',), NOTHING, True),
    ('POST', ITEM + '/claim', ('itemId',), {'version': 1}, True),
    ('POST', ITEM + '/resolve', ('itemId',),
     {'version': 1, 'action': 'dismiss', 'reason': 'duplicate'}, True),
    ('POST', ITEM + '/restore', ('itemId',), {'version': 1}, True),
    ('POST', ITEM + '/notes', ('itemId',), {'note': 'メモ'}, True),
    ('POST', ITEM + '/warn', ('itemId',), {'message': '注意'}, True),
]


def check_token_routes(c, b):
    """Without a token 401; with a path id that is not a UUID 400; members on moderators' 403."""
    for method, template, names, body, moderators in TOKEN_ROUTES:
        params = {name: uuid4() for name in names}
        c.call(method, template, 401, None, body, **params)
        token = b.token['mod' if moderators else 'alice']
        c.call(method, template, 400, token, body, **dict(params, **{names[0]: 'x'}))
        if moderators:
            c.call(method, template, 403, b.token['carol'], body, **params)
        elif method != 'GET' and body is not NOTHING:
            c.call(method, template, 400, token, b'{"', **params)


def check_more_refusals(c, b):
    """Refusals the walk through the board did not meet."""
    alice, mod = b.token['alice'], b.token['mod']
    c.call('PUT', THREAD + '/thanks', 404, alice, {'body': 'お礼'}, threadId=uuid4())
    for template in (THREAD + '/withdraw', THREAD + '/close'):
        c.call('POST', template, 404, alice, threadId=uuid4())
    c.call('POST', ANSWER + '/withdraw', 404, alice, threadId=uuid4(), answerId=uuid4())
    c.call('POST', ANSWER + '/edit', 422, b.token['bob'], {'revision': 1},
           threadId=b.thread['t4'], answerId=b.answer['a4'])
    resolve = ITEM + '/resolve'
    dismiss = {'version': 1, 'action': 'dismiss', 'reason': 'duplicate'}
    c.call('POST', resolve, 404, mod, dismiss, itemId=uuid4())
    c.call('POST', resolve, 409, mod, dict(dismiss, version=999), itemId=b.answer['a4'])
    c.call('POST', resolve, 422, mod, dict(dismiss, action='claim'), itemId=b.answer['a4'])


def check_key_reuse(c, b):
    """The same Idempotency-Key on another request: 409 on every kind of write."""
    alice, mod = b.token['alice'], b.token['mod']
    writes = [
        ('PUT', THREAD + '/state', alice, [{'level': 'normal'}, {'level': 'muted'}],
         {'threadId': b.thread['t4']}),
        ('PUT', '/api/v1/categories/{categoryId}/state', alice,
         [{'level': 'normal'}, {'level': 'muted'}], {'categoryId': b.category}),
        ('POST', ITEM + '/notes', mod, [{'note': '一つ目'}, {'note': '二つ目'}],
         {'itemId': b.answer['a4']}),
        ('POST', ITEM + '/warn', mod, [{'message': '一つ目'}, {'message': '二つ目'}],
         {'itemId': b.thread['t5']}),
        ('POST', RESTRICTION, mod, [{'kind': 'none', 'reason': ''},
                                    {'kind': 'none', 'reason': '解除'}],
         {'userId': b.user['carol']}),
    ]
    for method, template, token, (first, second), params in writes:
        key = {'Idempotency-Key': uuid4()}
        c.call(method, template, 200, token, first, headers=key, **params)
        c.call(method, template, 409, token, second, headers=key, **params)
    read = '/api/v1/notifications/{notificationId}/read'
    notes = [r['data'] for r in walk_feed(c, alice, 1000) if r['kind'] == 'notification']
    key = {'Idempotency-Key': uuid4()}
    c.call('PUT', read, 200, alice, headers=key, notificationId=notes[0]['id'])
    c.call('PUT', read, 409, alice, headers=key, notificationId=notes[-1]['id'])


def check_feeds(c, b):
    """The whole feed, as every kind of reader sees it, page by page."""
    rows = walk_feed(c, None, 100)
    for name in ('alice', 'bob', 'mod'):
        rows += walk_feed(c, b.token[name], 1000)
    kinds = {(r['kind'], r['op']) for r in rows}
    wanted = {('category', 'upsert'), ('user', 'upsert'), ('thread', 'upsert'),
              ('answer', 'upsert'), ('report', 'upsert'), ('notification', 'upsert'),
              ('thread_state', 'upsert'), ('category_state', 'upsert'), ('thread', 'delete')}
    for kind, op in sorted(wanted - kinds):
        c.problems.append('GET %s: no %s %s row was seen' % (CHANGES, kind, op))


def check_report_limit(c, b):
    """A member files at most 30 new reports an hour."""
    threads = [r['data']['id'] for r in walk_feed(c, None, 1000)
               if r['kind'] == 'thread' and r['op'] == 'upsert']
    for target in threads[:40]:
        answer = c.call('PUT', REPORT, None, b.token['carol'], report('thread', target, 'other'),
                        reportId=uuid4())
        if answer.status == 429:
            return
        if answer.status != 201:
            c.problems.append('PUT %s: %d while filing reports' % (REPORT, answer.status))
    c.problems.append('PUT %s: 40 reports in an hour were never refused' % REPORT)

def check_signing_out(c, b):
    """Signing out, and the token afterwards."""
    carol = b.token['carol']
    c.call('DELETE', SESSION, 204, carol)
    c.call('GET', '/api/v1/health', 401, carol)
    c.call('DELETE', SESSION, 401, carol)
    c.call('DELETE', SESSION, 401)


def api_operations(spec):
    """(template, METHOD, path with sample ids, body) of every API v1 operation of the file."""
    for template, item in spec['paths'].items():
        if not template.startswith('/api/v1/'):
            continue
        for method, operation in item.items():
            if method not in METHODS:
                continue
            values = {}
            for parameter in item.get('parameters', []) + operation.get('parameters', []):
                parameter = resolve_pointer(spec, parameter['$ref']) \
                    if '$ref' in parameter else parameter
                if parameter['in'] == 'path':
                    integer = parameter['schema'].get('type') == 'integer'
                    values[parameter['name']] = '1' if integer else uuid4()
            body = {} if 'requestBody' in operation else NOTHING
            yield template, method.upper(), template.format(**values), body


def check_front_door(c):
    """A POST or PUT without a length, and one announcing too large a body."""
    for template, method, path, _ in api_operations(c.spec):
        if method not in ('POST', 'PUT'):
            continue
        head = '%s %s HTTP/1.1\r\nHost: soudan\r\n' % (method, path)
        c.check(method, template, raw_request(c.base, head + '\r\n'), expect=411)
        big = head + 'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n'
        c.check(method, template, raw_request(c.base, big), expect=413)


def check_rate_limit(c, b):
    """Once a token's burst (200 by default) is spent, every route refuses it for a while."""
    headers = {'Authorization': 'Bearer ' + b.token['mod2']}
    for template, method, path, body in api_operations(c.spec):
        for _ in range(5):
            # Spend what the bucket refilled meanwhile (20 a second by default).
            for _ in range(1000):
                if http_request(c.base, 'GET', '/api/v1/health', headers=headers).status != 200:
                    break
            answer = http_request(c.base, method, path, body, headers)
            c.check(method, template, answer, body)
            if answer.status == 429:
                break
        else:
            c.problems.append('%s %s: never refused after the burst' % (method, template))


def check_faults(c, db):
    """A board whose database fails: 500 internal with a requestId, and /ready 503."""
    with sqlite3.connect(db, timeout=10) as connection:
        connection.execute('ALTER TABLE sessions RENAME TO sessions_gone')
        connection.execute('ALTER TABLE feed_state RENAME TO feed_state_gone')
    connection.close()
    headers = {'Authorization': 'Bearer any-token'}
    for template, method, path, body in api_operations(c.spec):
        answer = http_request(c.base, method, path, body, headers)
        c.check(method, template, answer, body, expect=500)
        if answer.status == 500 and 'requestId' not in (answer.json or {}):
            c.problems.append('%s %s 500: no requestId' % (method, template))
    c.call('GET', '/ready', 503)

MEMBERS = ['alice', 'bob', 'carol']
MODERATORS = ['mod', 'mod2']


def exercise(c, db):
    """Runs every check against the server on the board in db, in order."""
    b = Board()
    check_public(c, b)
    check_signing_in(c, b, MEMBERS, MODERATORS)
    check_asking(c, b)
    check_answering(c, b)
    check_activity(c, b)
    check_editing(c, b)
    check_withdrawing(c, b)
    check_best_answer(c, b)
    check_reporting(c, b)
    check_moderating(c, b)
    check_hidden_posts(c, b)
    check_appeals(c, b)
    check_restrictions(c, b)
    check_token_routes(c, b)
    check_more_refusals(c, b)
    check_key_reuse(c, b)
    check_feeds(c, b)
    check_report_limit(c, b)
    check_signing_out(c, b)
    check_front_door(c)
    check_rate_limit(c, b)
    check_faults(c, db)


def check_server(spec, binary):
    """Starts the server on a temporary board, runs the checks; the Checker with the results."""
    with tempfile.TemporaryDirectory(prefix='openapi-check-') as workdir:
        db = os.path.join(workdir, 'board.sqlite')
        prepare_board(binary, workdir, db, MEMBERS, MODERATORS)
        with open(os.path.join(workdir, 'server.log'), 'wb') as log:
            process, base = start_server(binary, workdir, db, log)
            try:
                if base is None:
                    raise Failed('soudan-server did not start')
                checker = Checker(spec, base)
                exercise(checker, db)
                return checker
            except Exception:
                stop_server(process)
                with open(log.name, 'rb') as f:
                    sys.stderr.write(f.read()[-3000:].decode('utf-8', 'replace'))
                raise
            finally:
                stop_server(process)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: %s SOURCE_DIR SERVER_BINARY\n' % argv[0])
        return 2
    source, binary = argv[1], os.path.abspath(argv[2])
    with open(os.path.join(source, SPEC_FILE), encoding='utf-8') as f:
        spec = yaml.safe_load(f)
    problems = check_document(spec) + check_routes(spec, server_routes(source))
    if problems:
        for p in problems:
            print('openapi_check: %s: %s' % (SPEC_FILE, p))
        return 1
    try:
        checker = check_server(spec, binary)
    except (Failed, OSError, subprocess.SubprocessError, KeyError, TypeError) as e:
        print('openapi_check: %s: %s' % (type(e).__name__, e))
        return 1
    problems = checker.problems + checker.coverage_problems()
    for p in problems:
        print('openapi_check: %s' % p)
    if problems:
        return 1
    operations = sum(1 for item in spec['paths'].values() for m in item if m in METHODS)
    documented = sum(1 for item in spec['paths'].values() for m, op in item.items()
                     if m in METHODS for _ in op['responses'])
    print('openapi_check: %d operations, %d responses checked against %s '
          '(%d of %d documented statuses seen)'
          % (operations, checker.checked, SPEC_FILE, len(checker.seen), documented))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
