"""The operations a unit image is made of, and ``make_objects``, which runs them to make a
program's compiled body again (``unit_image``; written by ``unit_image_writer``).

An image is plain values ``marshal`` reads: the number of *slots* (one list holding every
object the image names or makes, by number), the constants (literals and code objects) with
their slots, and the operations, each a tuple led by its kind. Slots 0 to 3 hold the
interpreter, the program's ``Code``, its AST and the AST's body; an operation puts what it
makes in its first slot, or fills the object in it (the filling operations come after every
object is made, so cycles are made as they were). A step of a ``PATH`` is an attribute (a
string), an index (an int) or a key (a 1-tuple).

Writing operations, not the Python text of a function that makes the objects, keeps the run
that writes an image cheap: Python compiled a Soundex program's 120 KB of text in 50 ms, half
its second run. Reading one costs a loop over them: a little more than running that
function's bytecode did.
"""

from __future__ import annotations

import builtins
import sys
import types

PATH, TUPLE, FUNCTION, CELL, NEW, SET_ATTRS, LIST, DICT, FILL_DICT, EXTEND, EMPTY_CELL, \
    SET_CELL, MODULE, METHOD, STUB, CALL, SET, ADD, FROZENSET, NAMESPACE = range(20)
#: The key a namespace made by an image holds (a closure compiler module's, in part).
CARRIED = "__rexxlite_carried__"


def module(name: str):
    """The module ``name``, imported if it is not yet."""
    found = sys.modules.get(name)
    if found is None:
        __import__(name)
        found = sys.modules[name]
    return found


def make_objects(image, interp, code, program, stub):
    """The object ``image`` makes (a program's body), its slots 0-3 being ``interp``,
    ``code``, ``program`` and ``program.body``; ``stub(start, end, index)`` makes the stub
    of a unit the image does not hold."""
    size, result, const_slots, const_values, ops = image
    slots = [None] * size
    slots[0] = interp
    slots[1] = code
    slots[2] = program
    slots[3] = program.body
    for slot, value in zip(const_slots, const_values):
        slots[slot] = value
    function, cell, method = types.FunctionType, types.CellType, types.MethodType
    getattr_ = getattr
    for op in ops:                      # (the kinds in the order of how often they come)
        kind = op[0]
        if kind == 3:                   # CELL slot, contents
            slots[op[1]] = cell(slots[op[2]])
        elif kind == 2:                 # FUNCTION slot, code, globals, name, defaults, cells
            cells = op[6]
            slots[op[1]] = function(slots[op[2]], slots[op[3]], op[4], slots[op[5]], None
                                    if cells is None else tuple([slots[c] for c in cells]))
        elif kind == 5:                 # SET_ATTRS object, names, values
            target = slots[op[1]]
            for name, value in zip(op[2], op[3]):
                setattr(target, name, slots[value])
        elif kind == 0:                 # PATH slot, base, steps
            value = slots[op[2]]
            for step in op[3]:
                if step.__class__ is str:
                    value = getattr_(value, step)
                elif step.__class__ is int:
                    value = value[step]
                else:
                    value = value[step[0]]
            slots[op[1]] = value
        elif kind == 4:                 # NEW slot, class
            cls = slots[op[2]]
            slots[op[1]] = cls.__new__(cls)
        elif kind == 1:                 # TUPLE slot, items
            slots[op[1]] = tuple([slots[item] for item in op[2]])
        elif kind == 6:                 # LIST slot
            slots[op[1]] = []
        elif kind == 7:                 # DICT slot
            slots[op[1]] = {}
        elif kind == 8:                 # FILL_DICT dict, keys, values
            slots[op[1]].update(zip([slots[key] for key in op[2]],
                                    [slots[value] for value in op[3]]))
        elif kind == 9:                 # EXTEND list, items
            slots[op[1]].extend([slots[item] for item in op[2]])
        elif kind == 10:                # EMPTY_CELL slot
            slots[op[1]] = cell()
        elif kind == 11:                # SET_CELL cell, contents
            slots[op[1]].cell_contents = slots[op[2]]
        elif kind == 12:                # MODULE slot, name
            slots[op[1]] = module(op[2])
        elif kind == 13:                # METHOD slot, function, self
            slots[op[1]] = method(slots[op[2]], slots[op[3]])
        elif kind == 14:                # STUB slot, start, end, index
            slots[op[1]] = stub(op[2], op[3], op[4])
        elif kind == 15:                # CALL slot, function, arguments
            slots[op[1]] = slots[op[2]](*[slots[argument] for argument in op[3]])
        elif kind == 16:                # SET slot
            slots[op[1]] = set()
        elif kind == 17:                # ADD set, items
            slots[op[1]].update([slots[item] for item in op[2]])
        elif kind == 18:                # FROZENSET slot, items
            slots[op[1]] = frozenset([slots[item] for item in op[2]])
        elif kind == 19:                # NAMESPACE slot, module name
            slots[op[1]] = {"__name__": op[2], "__builtins__": builtins, CARRIED: True}
        else:
            raise ValueError(f"unit image operation {kind}")
    return slots[result]
