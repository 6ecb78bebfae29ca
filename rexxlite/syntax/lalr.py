"""Running LALR tables (``parse_tables``) over a token stream, building the result as rules
are reduced.

``TableParser(tables, builder)`` links the tables once: each action becomes a direct
reference (a shift or a goto is the next state's own action dict; a reduction is the rule's
``(name, size, build)``, where ``build`` turns the reduced children into the rule's value by
the rule's ``RuleShape`` and the builder's method of the rule's callback name). A run of
pass-through reductions (a ``?rule`` of one symbol) is followed once per state and lookahead
and then taken in one step, and so is a ``Built`` instruction that ends its clause in a
statement list (``_next_statement``, ``_first_statement``: the reductions, shifts and gotos
the tables take there, worked out once per state). ``parse(tokens)``
returns the value of the start rule, or raises ``ParseFailure``: the token that has no action,
the terminals its state expected and the value stack, for the caller to explain.

Tokens need a ``type`` (the terminal name) and, for the end of input, ``start_pos``, ``line``
and ``column``, which the end marker borrows from the last token as Lark's ``$END`` does.
"""

from __future__ import annotations

from operator import itemgetter

END = "$END"
BUILT = "_BUILT"            # a token standing for an instruction already built (lexer.Built)
CLAUSE_END = "_EOC"         # what a Built token that ends its clause is read again as


class ParseFailure(Exception):
    """No action for ``token`` in the parser's state: a syntax error."""

    def __init__(self, token, state: dict, value_stack: list):
        super().__init__(token.type)
        self.token = token
        self.expected = {symbol for symbol in state
                         if symbol.__class__ is str and symbol.isupper()}
        self.value_stack = value_stack


class EndOfInput:
    """The end marker fed after the last token."""

    __slots__ = ("type", "value", "start_pos", "line", "column", "ctx", "cline", "err")

    def __init__(self, last):
        self.type = END
        self.value = ""
        self.start_pos = getattr(last, "start_pos", 0)
        self.line = getattr(last, "line", 1)
        self.column = getattr(last, "column", 1)
        self.ctx = getattr(last, "ctx", "")
        self.cline = getattr(last, "cline", 0)
        self.err = None

    def __str__(self) -> str:
        return ""


def _same(children):
    return children


def _picker(indices, callback):
    """``callback`` of some of the children (the others are dropped terminals)."""
    if not indices:
        return lambda children: callback([])
    if len(indices) == 1:
        index = indices[0]
        return lambda children: callback([children[index]])
    pick = itemgetter(*indices)
    return lambda children: callback(list(pick(children)))


def _reducer(shape, callback):
    """The function that turns a reduction's children (a fresh list) into the rule's value;
    None when the value is the one child itself (a ?rule of one symbol: nothing to do)."""
    keep, nones_after, single, size = shape.keep, shape.nones_after, shape.single, shape.size
    if single and len(keep) == 1 and not keep[0][1] and not keep[0][2] and not nones_after:
        return None if size == 1 else itemgetter(keep[0][0])
    if callback is None:
        raise RuntimeError(f"the parser's builder has no method for rule {shape.callback!r}")
    simple = not nones_after and not any(splice or before for _, splice, before in keep)
    if simple and len(keep) == size and not single:
        return callback                     # every child, as it is
    if simple and not single:
        return _picker([index for index, _, _ in keep], callback)
    if not single and not nones_after and not any(before for _, _, before in keep):
        fast = _list_step(tuple((index, splice) for index, splice, _ in keep), callback)
        if fast is not None:
            return fast

    def build(children):
        filtered = []
        for index, splice, before in keep:
            if before:
                filtered += [None] * before
            if splice:
                if filtered:
                    filtered += children[index]
                else:               # left recursion: extend the list made so far in place
                    filtered = children[index]
            else:
                filtered.append(children[index])
        if nones_after:
            filtered += [None] * nones_after
        if single and len(filtered) == 1:
            return filtered[0]
        return callback(filtered)

    return build


_FIRST = itemgetter(0)          # _stmt: _instr _EOC (the _instr's list)


def _joined(children):
    """__stmt_list_star_0: a list, then a list (the first extended in place)."""
    items = children[0]
    if items:
        items += children[1]
    else:
        items = children[1]
    return items


def _list_step(keep: tuple, callback):
    """The reductions that grow a list (``_stmt*``, the arguments of a call: a spliced list
    and one more child or list), without the general loop of ``_reducer``'s ``build``; None
    for any other shape. The list spliced first is extended in place, as ``build`` does."""
    same = callback is _same
    if keep == ((0, True),):                    # _stmt: _instr _EOC
        return _FIRST if same else (lambda children: callback(children[0]))
    if len(keep) != 2:
        return None
    (first, first_splice), (second, second_splice) = keep
    if first_splice and second_splice:          # __stmt_list_star_0: a list, then a list
        if same and (first, second) == (0, 1):
            return _joined

        def extend(children):
            items = children[first]
            if items:
                items += children[second]
            else:
                items = children[second]
            return items if same else callback(items)
        return extend
    if first_splice:                            # ___args_star_10: a list, then one child

        def append(children):
            items = children[first]
            items.append(children[second])
            return items if same else callback(items)
        return append
    if second_splice:                           # _args: one child, then a list

        def prepend(children):
            items = [children[first]]
            items += children[second]
            return items if same else callback(items)
        return prepend
    return None


def _after_chain(below: dict, name: str, kind: str) -> dict:
    """The state after a run of pass-through reductions (``?rule: other``: the expression
    rules, ``expr`` <- ``or_e`` <- ... <- ``primary``) over the state ``below`` with the
    lookahead ``kind``: it depends on nothing else, so it is worked out once and kept in
    ``below`` under the key ``(name, kind)``."""
    key = (name, kind)
    state = below.get(key)
    if state is None:
        state = below[name]
        action = state.get(kind)
        while action.__class__ is tuple and action[2] is None:
            state = below[action[0]]
            action = state.get(kind)
        below[key] = state
    return state


def _next_statement(state: dict, below: dict, key: tuple):
    """The shortcut for the commonest step of a parse: a ``Built`` instruction that ends its
    clause (``key``: BUILT, its first token's type, its rule) read in ``state``, the state
    after the ``_instr _EOC`` of the statement before it, ``below`` the state under those two.
    What the driver would do there: reduce ``_stmt: _instr _EOC`` and the statement list
    (``list _stmt``, or ``_stmt`` for a list's first), shift the first token (place the
    instruction by its rule's goto), reduce ``_instr`` with the ``_EOC`` as lookahead and
    shift the ``_EOC``. Worked out once per ``below`` and key from the tables: ``(state,
    stmt, grow, pushed, instr, instr_state, after, plain)`` (the builds of the three
    reductions; the list's state to push, for a list's first statement, else None; the states
    then on top; whether the builds are the plain ones the driver joins inline),
    or ``(state, None)`` where the tables do anything else (then the driver takes the long
    way). Kept in ``below`` by key; the ``state`` it was worked out for comes first, as a
    ``below`` and key can be reached with another state on top (then it is worked out again:
    the same program always takes the same steps, whatever was parsed before)."""
    no = (state, None)
    _, kind, rule = key
    action = state.get(kind)
    if action.__class__ is not tuple or action[1] != 2 or action[2] is None:
        return no
    stmt_name, _, stmt = action
    stmt_state = below.get(stmt_name)
    action = stmt_state.get(kind) if stmt_state is not None else None
    if action.__class__ is not tuple or action[1] not in (1, 2) or action[2] is None:
        return no
    list_name, size, grow = action
    if size == 2:           # list _stmt: back to ``below``, the list's state (it is LR)
        listed, pushed = below, None
    else:                   # a list's first statement: its list's state is pushed
        listed = pushed = below.get(list_name)
        if listed is None:
            return no
    placing = _first_statement(listed, key)     # then as for a list's first instruction
    if not placing:
        return no
    instr, instr_state, after = placing
    plain = stmt is _FIRST and grow is _joined and pushed is None and instr is _same
    return (state, stmt, grow, pushed, instr, instr_state, after, plain)


def _first_statement(state: dict, key: tuple):
    """``_next_statement``'s shortcut where a built instruction is the first of its list
    (a DO's, OTHERWISE's, the program's): read in ``state``, which shifts its first token
    straight away; the goto of its rule, the ``_instr`` reduction with the ``_EOC`` as
    lookahead and the ``_EOC``'s shift: ``(instr, instr_state, after)``, or False."""
    _, kind, rule = key
    placed = state.get(rule)
    if placed is None or state.get(kind).__class__ is not dict:
        return False
    action = placed.get(CLAUSE_END)
    if action.__class__ is not tuple or action[1] != 1 or action[2] is None:
        return False
    instr_name, _, instr = action
    instr_state = state.get(instr_name)
    after = instr_state.get(CLAUSE_END) if instr_state is not None else None
    if after.__class__ is not dict:
        return False
    return (instr, instr_state, after)


class TableParser:
    """An LALR parser of ``tables`` whose reductions call ``builder``'s methods."""

    def __init__(self, tables, builder):
        rules = []
        for shape in tables.rules:
            callback = getattr(builder, shape.callback, None)
            if callback is None and shape.callback.startswith("_"):
                callback = _same        # an inlined rule: its children, spliced by the parent
            rules.append((shape.name, shape.size, _reducer(shape, callback)))
        states = [{} for _ in tables.states]
        for actions, linked in zip(tables.states, states):
            for symbol, action in actions.items():
                linked[symbol] = states[action] if action >= 0 else rules[-1 - action]
        self.start = states[tables.start]
        self.end = states[tables.end]

    def _place(self, token, stack: list, values: list) -> dict:
        """Put a ``Built`` token's instruction on the stacks as if its tokens had been read:
        reduce what is before it as its first token's lookahead, then take the goto of its
        rule; returns the new top state. The first token not allowed there fails as usual."""
        first = token.first
        kind = first.type
        state = stack[-1]
        while True:
            action = state.get(kind)
            if action.__class__ is dict:
                break
            if action is None:
                raise ParseFailure(first, state, values)
            name, size, build = action
            if build is None:
                below = stack[-2]
                state = below.get((name, kind)) or _after_chain(below, name, kind)
                stack[-1] = state
                continue
            if size:
                children = values[-size:]
                del values[-size:]
                del stack[-size:]
            else:
                children = []
            values.append(build(children))
            state = stack[-1][name]
            stack.append(state)
        goto = state.get(token.rule)
        if goto is None:                # (never, where the lexer builds: a failure, read again)
            raise ParseFailure(first, state, values)
        state = goto
        stack.append(state)
        values.append(token.node)
        return state

    def parse(self, tokens):
        return self.parse_groups((tokens,))

    def parse_groups(self, groups):
        """``parse`` of the tokens of ``groups`` (iterables of tokens), one after another."""
        stack = [self.start]
        values: list = []
        push_state = stack.append
        push_value = values.append
        pop_state = stack.pop
        pop_value = values.pop
        token = None
        state = self.start          # the top of ``stack``, kept at hand
        for tokens in groups:
            for token in tokens:
                kind = token.type
                while True:
                    action = state.get(kind)
                    if action.__class__ is dict:
                        push_state(action)
                        push_value(token)
                        state = action
                        break
                    if action is None:
                        if kind == BUILT:
                            if token.ends_clause and len(stack) > 2:
                                below = stack[-3]
                                key = (BUILT, token.first.type, token.rule)
                                step = below.get(key)
                                if step is None or step[0] is not state:
                                    step = below[key] = _next_statement(state, below, key)
                                if step[1] is not None:
                                    if step[7]:         # the builds: _FIRST, _joined, _same
                                        items = values[-3]
                                        if items:
                                            items += values[-2]
                                        else:
                                            values[-3] = values[-2]
                                        values[-2] = [token.node]
                                        values[-1] = token
                                        break
                                    _, stmt, grow, pushed, instr, instr_state, state, _ = step
                                    done = stmt(values[-2:])
                                    if pushed is None:
                                        values[-3] = grow([values[-3], done])
                                    else:
                                        values.insert(-2, grow([done]))
                                        stack.insert(-2, pushed)
                                    values[-2] = instr([token.node])
                                    values[-1] = token
                                    stack[-2] = instr_state
                                    stack[-1] = state
                                    break
                                key = (CLAUSE_END, token.first.type, token.rule)
                                step = state.get(key)
                                if step is None:
                                    step = state[key] = _first_statement(state, key)
                                if step:        # the first of a list
                                    instr, instr_state, state = step
                                    push_value(instr([token.node]))
                                    push_value(token)
                                    push_state(instr_state)
                                    push_state(state)
                                    break
                            state = self._place(token, stack, values)
                            if token.ends_clause:   # then the same token as the clause's end
                                kind = CLAUSE_END
                                continue
                            break
                        raise ParseFailure(token, state, values)
                    name, size, build = action
                    if build is None:
                        below = stack[-2]
                        state = below.get((name, kind)) or _after_chain(below, name, kind)
                        stack[-1] = state
                        continue
                    if size == 1:
                        children = [pop_value()]
                        pop_state()
                    elif size:
                        children = values[-size:]
                        del values[-size:]
                        del stack[-size:]
                    else:
                        children = []
                    push_value(build(children))
                    state = stack[-1][name]
                    push_state(state)
        end = EndOfInput(token)
        accept = self.end
        while True:
            action = stack[-1].get(END)
            if action is None or action.__class__ is dict:
                raise ParseFailure(end, stack[-1], values)
            name, size, build = action
            if build is None:
                stack[-1] = stack[-2][name]
            else:
                if size:
                    children = values[-size:]
                    del values[-size:]
                    del stack[-size:]
                else:
                    children = []
                push_value(build(children))
                push_state(stack[-1][name])
            if stack[-1] is accept:
                return values[-1]
