"""The reviewer workbench (``casecheck serve``): a Starlette + jinja2 web application over the
campaign store, for organisers (admin) and reviewers.

Modules: ``app`` (routes, headers), ``context`` (shared state, the route guard), ``auth``
(accounts, sessions, CSRF), ``db`` (the workbench's tables), ``campaigns`` (storage, members,
imports), ``queue`` (the queue, the dashboard), ``documents`` and ``pdfmarks`` (page text and
images with evidence marked, path checks), ``review`` (decisions, added findings, judgement
items, sign-off, the reviewed score), ``rectify`` (整改 rounds and their diff), ``pages``,
``casepages``, ``exports``, ``admin`` (the routes), ``audit``, ``serve`` (start-up, the demo),
``migrate`` (decisions stored by position → by stable finding key, on start), ``labels``
(Chinese labels of stored codes).
"""
