"""The reviewer workbench (``casecheck serve``): a Starlette + jinja2 web application over the
campaign store, for organisers (admin) and reviewers.

Modules: ``app`` (routes, headers), ``context`` (shared state, the route guard), ``auth``
(accounts, sessions, CSRF), ``db`` (the workbench's tables), ``campaigns`` (queue, dashboard,
storage), ``documents`` (page text and images, path checks), ``review`` (decisions, added
findings, judgement items, sign-off, the reviewed score), ``rectify`` (整改 rounds and their
diff), ``exports``, ``admin``, ``audit``, ``serve`` (start-up and the demo).
"""
