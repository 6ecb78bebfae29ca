/* WITH ERROR STEM collects standard error separately */
address system 'echo to-out; echo to-err >&2; echo more-err >&2' with output stem o. error stem e.
say 'out' o.0 o.1
say 'err' e.0 e.1 e.2
address system 'echo only-err >&2; exit 3' with error stem e.
say 'rc' rc 'err' e.0 e.1
